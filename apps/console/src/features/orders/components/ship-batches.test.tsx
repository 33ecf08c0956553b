import type { Batch } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ORDER_ID, PRODUCT_ID, stallOrder } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { OrderDetail } from "./order-detail";

const BATCH_ID = "99999999-9999-4999-8999-999999999999";
const batch: Batch = {
  id: BATCH_ID,
  productId: PRODUCT_ID,
  code: "7KQ2M9XD4T",
  traceUrl: "https://cho.example.vn/t/7KQ2M9XD4T",
  lot: "CF-2026-11",
  producedOn: "2026-11-20",
  bestBefore: null,
  quantity: 40,
  unit: "gói",
  inputs: [],
  note: null,
  eventCount: 1,
  createdAt: "2026-11-20T03:00:00.000Z",
};

describe("shipping an order", () => {
  it("offers no batch choice for a product without batches, and sends none", async () => {
    const api = fakeApi({
      [`GET /seller/products/${PRODUCT_ID}/batches`]: { body: { items: [], total: 0, page: 1, limit: 50 } },
      [`POST /seller/orders/${ORDER_ID}/ship`]: { body: { stallOrder: stallOrder({ status: "shipped", actions: [] }) } },
    });
    const user = userEvent.setup();
    renderWithApp(<OrderDetail order={stallOrder({ actions: ["ship"] })} />);
    await user.click(screen.getByRole("button", { name: "Gửi hàng" }));
    const dialog = screen.getByRole("dialog");
    expect(await within(dialog).findByRole("option", { name: "Sản phẩm chưa có lô" })).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/× 2/)).toBeDisabled();
    await user.selectOptions(within(dialog).getByLabelText("Đơn vị vận chuyển"), "GHN");
    await user.type(within(dialog).getByLabelText("Mã vận đơn"), "GHN123456");
    await user.click(within(dialog).getByRole("button", { name: "Gửi hàng" }));
    await waitFor(() => expect(api.callsTo("POST", `/seller/orders/${ORDER_ID}/ship`)).toHaveLength(1));
    expect(api.callsTo("POST", `/seller/orders/${ORDER_ID}/ship`)[0]!.body).toEqual({
      carrier: "GHN",
      trackingNumber: "GHN123456",
    });
  });

  it("names the batch each item came from", async () => {
    const api = fakeApi({
      [`GET /seller/products/${PRODUCT_ID}/batches`]: { body: { items: [batch], total: 1, page: 1, limit: 50 } },
      [`POST /seller/orders/${ORDER_ID}/ship`]: { body: { stallOrder: stallOrder({ status: "shipped", actions: [] }) } },
    });
    const user = userEvent.setup();
    renderWithApp(<OrderDetail order={stallOrder({ actions: ["ship"] })} />);
    await user.click(screen.getByRole("button", { name: "Gửi hàng" }));
    const dialog = screen.getByRole("dialog");
    await user.selectOptions(within(dialog).getByLabelText("Đơn vị vận chuyển"), "GHN");
    await user.type(within(dialog).getByLabelText("Mã vận đơn"), "GHN123456");
    const select = within(dialog).getByLabelText(/Cà phê Arabica Khe Sanh rang mộc × 2/);
    await waitFor(() => expect(select).toBeEnabled());
    await user.selectOptions(select, BATCH_ID);
    await user.click(within(dialog).getByRole("button", { name: "Gửi hàng" }));
    await waitFor(() => expect(api.callsTo("POST", `/seller/orders/${ORDER_ID}/ship`)).toHaveLength(1));
    expect(api.callsTo("POST", `/seller/orders/${ORDER_ID}/ship`)[0]!.body).toEqual({
      carrier: "GHN",
      trackingNumber: "GHN123456",
      items: [{ itemId: "88888888-8888-4888-8888-888888888888", batches: [{ batchId: BATCH_ID, quantity: 2 }] }],
    });
  });
});
