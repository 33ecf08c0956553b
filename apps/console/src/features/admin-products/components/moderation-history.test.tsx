import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ADMIN_ID, PRODUCT_ID, adminProduct } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { ModerationHistory } from "./moderation-history";

describe("ModerationHistory", () => {
  it("loads who hid or showed the product, when and why, only when opened", async () => {
    const product = adminProduct({ moderationCount: 2 });
    const admin = { id: ADMIN_ID, fullName: "Trần Quản Trị" };
    const api = fakeApi({
      [`GET /admin/products/${PRODUCT_ID}`]: {
        body: {
          product: {
            ...product,
            moderation: [
              { action: "hide", reason: "Ảnh lấy từ trang khác", admin, at: "2026-11-28T02:30:00.000Z" },
              { action: "unhide", reason: null, admin, at: "2026-11-28T04:00:00.000Z" },
            ],
          },
        },
      },
    });
    renderWithApp(<ModerationHistory product={product} />);
    expect(api.calls).toHaveLength(0);

    await userEvent.click(screen.getByText("Lịch sử kiểm duyệt (2)"));
    const items = await screen.findAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      "Ẩn Trần Quản Trị · 09:30 28/11/2026Ảnh lấy từ trang khác",
      "Hiện lại Trần Quản Trị · 11:00 28/11/2026",
    ]);
    expect(within(items[0]!).getByText("Ảnh lấy từ trang khác")).toBeInTheDocument();
  });

  it("says nothing for a product that was never moderated", () => {
    fakeApi({});
    const { container } = renderWithApp(<ModerationHistory product={adminProduct()} />);
    expect(container.querySelector("details")).toBeNull();
  });
});
