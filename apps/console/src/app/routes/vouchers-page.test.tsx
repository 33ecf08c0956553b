import type { SellerProductList } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { categories, product } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { AdminVouchersPage, VouchersPage } from "./vouchers-page";

const products: SellerProductList = {
  items: [product(), product({ id: "13131313-1313-4313-8313-131313131313", name: "Mật ong rừng U Minh" })],
  total: 2,
  page: 1,
  limit: 60,
};

describe("the vouchers pages", () => {
  it("a stall chooses among the market's categories and its own products", async () => {
    const api = fakeApi({
      "GET /seller/vouchers": { body: { items: [] } },
      "GET /categories": { body: categories },
      "GET /seller/products": { body: products },
    });
    renderWithApp(<VouchersPage />);
    const form = await screen.findByRole("form", { name: "Tạo mã giảm giá" });
    await userEvent.click(within(form).getByRole("radio", { name: "Một số danh mục" }));
    expect(await within(form).findByRole("checkbox", { name: "Hồ tiêu" })).toBeInTheDocument();
    await userEvent.click(within(form).getByRole("radio", { name: "Một số sản phẩm" }));
    await userEvent.type(within(form).getByLabelText("Tìm sản phẩm"), "mat ong");
    const matches = await within(form).findByRole("list", { name: "Sản phẩm tìm thấy" });
    expect(
      within(matches)
        .getAllByRole("checkbox")
        .map((c) => c.closest("label")?.textContent),
    ).toEqual(["Mật ong rừng U Minh"]);
    expect(api.callsTo("GET", "/seller/products")[0]?.query.get("limit")).toBe("60");
  });

  it("the market's page offers the whole market and does not load a stall's products", async () => {
    const api = fakeApi({ "GET /admin/vouchers": { body: { items: [] } }, "GET /categories": { body: categories } });
    renderWithApp(<AdminVouchersPage />);
    const form = await screen.findByRole("form", { name: "Tạo mã giảm giá" });
    expect(within(form).getByRole("radio", { name: "Cả chợ" })).toBeChecked();
    await userEvent.click(within(form).getByRole("radio", { name: "Một số danh mục" }));
    expect(await within(form).findByRole("checkbox", { name: "Đồ uống (cả nhóm)" })).toBeInTheDocument();
    expect(api.callsTo("GET", "/seller/products")).toHaveLength(0);
  });
});
