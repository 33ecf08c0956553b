import { fakeApi } from "@chophien/web/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
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
    expect(notice).toHaveTextContent("nhờ ban quản lý chợ xem lại");
    // A warning, not an error: nothing failed, and the editor is there to fix the product.
    expect(within(notice).queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("form", { name: "Thông tin sản phẩm" })).toBeInTheDocument();
  });

  it("lets the seller ask for another look once fixed, with a note, and then says the request is waiting", async () => {
    const hidden = { at: "2026-11-28T02:30:00.000Z", reason: REASON, reviewRequestedAt: null };
    const api = fakeApi({
      "GET /categories": { body: categories },
      [`GET /seller/products/${PRODUCT_ID}`]: { body: { product: product({ hidden }) } },
      [`POST /seller/products/${PRODUCT_ID}/request-review`]: {
        body: { product: product({ hidden: { ...hidden, reviewRequestedAt: "2026-11-28T03:00:00.000Z" } }) },
      },
    });
    render();
    const notice = await screen.findByRole("region", { name: "Chợ đã ẩn sản phẩm này" });
    await userEvent.click(within(notice).getByRole("button", { name: "Tôi đã sửa xong — nhờ chợ xem lại" }));
    expect(within(notice).getByLabelText(/Bạn đã sửa gì/)).toHaveFocus();
    await userEvent.type(within(notice).getByLabelText(/Bạn đã sửa gì/), "Đã thay ảnh chụp thật");
    await userEvent.click(within(notice).getByRole("button", { name: "Gửi yêu cầu" }));
    expect(await within(notice).findByRole("status")).toHaveTextContent("Đã nhờ chợ xem lại lúc 10:00 28/11/2026");
    await waitFor(() => expect(within(notice).getByRole("status")).toHaveFocus());
    expect(api.calls.find((c) => c.method === "POST")?.body).toEqual({ note: "Đã thay ảnh chụp thật" });
    expect(within(notice).queryByRole("button", { name: /nhờ chợ xem lại/ })).not.toBeInTheDocument();
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
