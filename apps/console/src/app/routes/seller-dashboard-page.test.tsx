import type { SellerProductList, SellerSummary } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import { quietChartSizeWarnings } from "@/test/charts";
import { PRODUCT_ID, image, product } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { SellerDashboardPage } from "./seller-dashboard-page";

const days = Array.from({ length: 30 }, (_, i) => ({ day: `2026-11-${String(i + 1).padStart(2, "0")}`, amount: 0, count: 0 }));
const summary: SellerSummary = {
  days,
  revenue: 480000,
  orders: 3,
  topProducts: [
    {
      productId: PRODUCT_ID,
      name: "Cà phê Arabica Khe Sanh rang mộc",
      quantity: 4,
      revenue: 480000,
      thumbnail: image("bbbbbbbb-bbbb-4bbb-8bbb-000000000001"),
    },
  ],
  counts: { placed: 2, completed: 1 },
};
const lowStock: SellerProductList = {
  items: [product({ id: "13131313-1313-4313-8313-131313131313", name: "Mật ong rừng U Minh", stock: 0 }), product({ stock: 3 })],
  total: 23,
  page: 1,
  limit: 20,
};

describe("SellerDashboardPage", () => {
  beforeEach(quietChartSizeWarnings);

  it("reads the stall's summary and its low stock in one request each", async () => {
    const api = fakeApi({
      "GET /seller/summary": { body: summary },
      "GET /seller/products": { body: lowStock },
      "GET /seller/ledger": {
        body: {
          items: [],
          total: 0,
          page: 1,
          limit: 20,
          balance: { available: 150000, held: 150000, payable: 150000, pendingSales: 0 },
        },
      },
    });
    renderWithApp(<SellerDashboardPage />, { url: "/seller" });

    const low = screen.getByRole("region", { name: "Sắp hết hàng" });
    await within(low).findByText("Hết hàng");
    expect(
      within(low)
        .getAllByRole("link")
        .map((a) => a.textContent),
    ).toEqual(["Mật ong rừng U Minh", "Cà phê Arabica Khe Sanh rang mộc"]);
    expect(within(low).getByText("còn 3")).toBeInTheDocument();
    expect(within(low).getByText(/Còn 21 sản phẩm nữa sắp hết/)).toBeInTheDocument();
    expect(Object.fromEntries(api.callsTo("GET", "/seller/products")[0]!.query)).toEqual({
      status: "active",
      maxStock: "5",
      limit: "20",
    });
    expect(api.callsTo("GET", "/seller/products")).toHaveLength(1);

    const top = screen.getByRole("region", { name: "Bán chạy" });
    expect(await within(top).findByText("đã bán 4")).toBeInTheDocument();
    expect(top.querySelector("img")).toHaveAttribute("src", "/media/bbbbbbbb-bbbb-4bbb-8bbb-000000000001-320.webp");
    expect(api.callsTo("GET", "/seller/summary")[0]!.query.get("days")).toBe("30");
    expect(api.callsTo("GET", "/seller/orders")).toHaveLength(0);
    expect(await screen.findByRole("link", { name: /Đơn cần xác nhận\s*2/ })).toHaveAttribute(
      "href",
      "/seller/orders?status=placed",
    );
  });
});
