import { fakeApi } from "@chophien/web/testing";
import { screen, waitFor } from "@testing-library/react";
import { renderPage } from "@/test/render";
import { SignInLinkPage } from "./sign-in-link-page";

const AUTH = {
  user: {
    id: "u1",
    email: "sen@example.vn",
    fullName: "Võ Thị Sen",
    phone: null,
    role: "shopper",
    createdAt: "2026-01-01T00:00:00.000Z",
  },
  accessToken: "a.b.c",
  expiresIn: 900,
};
const PAGE = { path: "/dang-nhap/lien-ket" };

describe("the mailed sign-in link page", () => {
  it("spends the token from the fragment once, drops it from the address bar and goes home signed in", async () => {
    const api = fakeApi({ "POST /auth/unlock": { status: 200, body: AUTH } });
    renderPage(<SignInLinkPage />, { ...PAGE, url: "/dang-nhap/lien-ket#token=abcdefghijklmnopqrstuvwxyz0123" });
    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent(/^\/$/));
    expect(api.callsTo("POST", "/auth/unlock").map((c) => c.body)).toEqual([{ token: "abcdefghijklmnopqrstuvwxyz0123" }]);
  });

  it("says when the link no longer works and offers the sign-in page", async () => {
    fakeApi({ "POST /auth/unlock": { status: 401, body: { error: { code: "unauthorized", message: "expired" } } } });
    renderPage(<SignInLinkPage />, { ...PAGE, url: "/dang-nhap/lien-ket#token=abcdefghijklmnopqrstuvwxyz0123" });
    expect(await screen.findByRole("alert")).toHaveTextContent("Liên kết này không dùng được nữa");
    expect(screen.getByRole("link", { name: "Đăng nhập" })).toHaveAttribute("href", "/dang-nhap");
    expect(screen.getByTestId("location")).toHaveTextContent(/^\/dang-nhap\/lien-ket$/);
  });

  it("without a token asks nothing of the server", async () => {
    const api = fakeApi({});
    renderPage(<SignInLinkPage />, { ...PAGE, url: "/dang-nhap/lien-ket" });
    expect(await screen.findByRole("alert")).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });
});
