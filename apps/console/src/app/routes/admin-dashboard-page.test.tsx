import type { PlatformSummary } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen } from "@testing-library/react";
import { quietChartSizeWarnings } from "@/test/charts";
import { renderWithApp } from "@/test/render";
import { AdminDashboardPage } from "./admin-dashboard-page";

const days = Array.from({ length: 30 }, (_, i) => ({ day: `2026-11-${String(i + 1).padStart(2, "0")}`, amount: 0, count: 0 }));
const summary: PlatformSummary = {
  orders: days,
  stalls: days,
  gmv: 12_500_000,
  orderCount: 41,
  newStalls: 3,
  pendingApplications: 2,
  failedRefunds: 0,
  hiddenProducts: 4,
  reviewRequests: 1,
};

describe("AdminDashboardPage", () => {
  beforeEach(quietChartSizeWarnings);

  it("reads GET /api/admin/summary once and links the hidden products to the filtered moderation list", async () => {
    const api = fakeApi({ "GET /admin/summary": { body: summary } });
    renderWithApp(<AdminDashboardPage />, { url: "/admin" });

    expect(await screen.findByRole("link", { name: /Sản phẩm đang bị ẩn\s*4/ })).toHaveAttribute(
      "href",
      "/admin/products?hidden=true",
    );
    expect(screen.getByText("12.500.000 ₫")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Đơn mở gian hàng chờ duyệt\s*2/ })).toHaveAttribute("href", "/admin/applications");
    expect(api.calls.map((c) => `${c.method} ${c.path}?${c.query.toString()}`)).toEqual(["GET /admin/summary?days=30"]);
  });
});
