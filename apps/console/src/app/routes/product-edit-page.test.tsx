import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import { PRODUCT_ID, categories, product } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { ProductEditPage } from "./product-edit-page";

const REASON = "Ảnh lấy từ trang khác — cần ảnh thật của sản phẩm";
const render = () => renderWithApp(<ProductEditPage />, { url: `/seller/products/${PRODUCT_ID}`, path: "/seller/products/:id" });

describe("ProductEditPage, a product the market has hidden", () => {
  it("warns above the editor with the admins' reason, what it means for shoppers and what to do next", async () => {
    fakeApi({
      "GET /categories": { body: categories },
      [`GET /seller/products/${PRODUCT_ID}`]: {
        body: { product: product({ hidden: { at: "2026-11-28T02:30:00.000Z", reason: REASON, reviewRequestedAt: null } }) },
      },
    });
    render();

    const notice = await screen.findByRole("region", { name: "Chợ đã ẩn sản phẩm này" });
    expect(within(notice).getByText(REASON)).toBeInTheDocument();
    expect(notice).toHaveTextContent("Người mua không thấy, không tìm được và không mua được sản phẩm này");
    expect(notice).toHaveTextContent("Ẩn từ 09:30 28/11/2026");
    expect(notice).toHaveTextContent("liên hệ quản trị viên chợ");
    // A warning, not an error: nothing failed, and the editor is there to fix the product.
    expect(within(notice).queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("form", { name: "Thông tin sản phẩm" })).toBeInTheDocument();
  });

  it("says nothing of the kind for a product that is not hidden", async () => {
    fakeApi({
      "GET /categories": { body: categories },
      [`GET /seller/products/${PRODUCT_ID}`]: { body: { product: product() } },
    });
    render();
    await screen.findByRole("form", { name: "Thông tin sản phẩm" });
    expect(screen.queryByRole("region", { name: "Chợ đã ẩn sản phẩm này" })).not.toBeInTheDocument();
  });
});
