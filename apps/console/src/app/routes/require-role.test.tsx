import type { User } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { QueryClient } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { resetSessionForTests } from "@/shared/session/session-store";
import { seller } from "@/test/fixtures";
import { AppProviders } from "../app-providers";
import { ConsoleLayout } from "../layout/console-layout";
import { RequireRole } from "./require-role";
import { RoleHome } from "./role-home";

function Where() {
  const l = useLocation();
  return <output data-testid="where">{l.pathname + l.search}</output>;
}

function renderAt(url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/login" element={<p>login page</p>} />
          <Route element={<ConsoleLayout />}>
            <Route index element={<RoleHome />} />
            <Route path="stall" element={<p>stall page</p>} />
            <Route path="seller" element={<RequireRole roles={["seller"]} />}>
              <Route index element={<p>seller area</p>} />
            </Route>
            <Route path="admin" element={<RequireRole roles={["admin"]} />}>
              <Route index element={<p>admin area</p>} />
            </Route>
          </Route>
        </Routes>
        <Where />
      </MemoryRouter>
    </AppProviders>,
  );
}

const signedIn = (user: User) => {
  resetSessionForTests({ status: "signed-in", user }, "token");
  fakeApi({
    "GET /me": { body: { user } },
    "GET /seller/orders": { body: { items: [], total: 0, page: 1, limit: 1, counts: { placed: 3 } } },
  });
};

describe("sign-in and roles", () => {
  it("sends a signed-out visitor to sign-in, remembering where they were going", async () => {
    fakeApi({});
    renderAt("/seller?tab=1");
    expect(await screen.findByText("login page")).toBeInTheDocument();
    expect(screen.getByTestId("where")).toHaveTextContent("/login?next=%2Fseller%3Ftab%3D1");
  });

  it("takes each role to its own area from /", async () => {
    signedIn({ ...seller, role: "shopper" });
    renderAt("/");
    expect(await screen.findByText("stall page")).toBeInTheDocument();
  });

  it("shows a shopper (no approved stall) the 403 page in the seller area", async () => {
    signedIn({ ...seller, role: "shopper" });
    renderAt("/seller");
    expect(await screen.findByRole("heading", { name: "Bạn không có quyền vào trang này" })).toBeInTheDocument();
    expect(screen.queryByText("seller area")).not.toBeInTheDocument();
  });

  it("lets a seller in, with the seller's areas and the count of new orders in the navigation", async () => {
    signedIn(seller);
    renderAt("/seller");
    expect(await screen.findByText("seller area")).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Khu vực làm việc" });
    expect(nav).toHaveTextContent("Đơn hàng");
    expect(await screen.findByLabelText("3 việc đang chờ")).toBeInTheDocument();
  });

  it("keeps a seller out of the admin desk", async () => {
    signedIn(seller);
    renderAt("/admin");
    expect(await screen.findByRole("heading", { name: "Bạn không có quyền vào trang này" })).toBeInTheDocument();
  });
});
