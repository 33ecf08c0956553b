import type { SellerProductList } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import { product } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { ProductsTable } from "./products-table";

const list = (items: SellerProductList["items"]): SellerProductList => ({ items, total: items.length, page: 1, limit: 20 });

describe("ProductsTable", () => {
  it("marks a product the market has hidden, with the admins' reason under its name", async () => {
    fakeApi({
      "GET /seller/products": {
        body: list([
          product({
            hidden: { at: "2026-11-28T02:30:00.000Z", reason: "Sai danh mục, hãy chuyển sang Cà phê", reviewRequestedAt: null },
          }),
        ]),
      },
    });
    renderWithApp(<ProductsTable />, { url: "/seller/products" });

    const row = await screen.findByRole("row", { name: /Cà phê Arabica Khe Sanh/ });
    expect(within(row).getByText("Bị chợ ẩn")).toBeInTheDocument();
    expect(within(row).getByText("Chợ đã ẩn vì: Sai danh mục, hãy chuyển sang Cà phê")).toBeInTheDocument();
    // Its own status is unchanged: the seller still sees "on sale" beside the market's mark.
    expect(within(row).getByText("Đang bán")).toBeInTheDocument();
  });

  it("shows no such mark on a product shoppers can see", async () => {
    fakeApi({ "GET /seller/products": { body: list([product()]) } });
    renderWithApp(<ProductsTable />, { url: "/seller/products" });
    const row = await screen.findByRole("row", { name: /Cà phê Arabica Khe Sanh/ });
    expect(within(row).queryByText("Bị chợ ẩn")).not.toBeInTheDocument();
  });
});
