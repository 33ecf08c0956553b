import type { Order } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPage } from "@/test/render";
import { OrderRefunds } from "./order-refunds";
import { PayAgainPanel } from "./pay-again-panel";

const order = (over: Partial<Order> = {}): Order => ({
  id: "7b0c2d6e-1f4a-4c8e-9a51-2b3c4d5e6f70",
  code: "CP-20261128-7Q4K-9XZ2",
  status: "awaiting_payment",
  buyer: { id: "8b0c2d6e-1f4a-4c8e-9a51-2b3c4d5e6f70", fullName: "Phạm Thu Hà" },
  shippingAddress: {
    fullName: "Phạm Thu Hà",
    phone: "0935123456",
    province: "hue",
    ward: "Phường Thuận Hoá",
    street: "5 Lê Lợi",
  },
  note: null,
  payment: { method: "vnpay", status: "pending", amount: 165000, redirectUrl: null },
  subtotal: 140000,
  shippingTotal: 25000,
  discountTotal: 0,
  grandTotal: 165000,
  stallOrders: [],
  timeline: [],
  refunds: [],
  createdAt: "2026-11-28T03:00:00.000Z",
  ...over,
});
/** Normalises the narrow no-break space Intl may put before ₫. */
const text = (el: HTMLElement) => el.textContent?.replace(/\s/g, " ");

describe("PayAgainPanel", () => {
  it("pays again with VNPay (opening the new pay page) or switches to cash on delivery", async () => {
    const api = fakeApi({
      "POST /orders/CP-20261128-7Q4K-9XZ2/payment": (call) => ({
        body:
          (call.body as { paymentMethod: string }).paymentMethod === "vnpay"
            ? {
                order: order(),
                payment: { method: "vnpay", status: "pending", amount: 165000, redirectUrl: "https://pay.example/2" },
              }
            : {
                order: order({ status: "placed" }),
                payment: { method: "cod", status: "unpaid", amount: 165000, redirectUrl: null },
              },
      }),
    });
    const go = jest.fn();
    renderPage(<PayAgainPanel order={order()} go={go} />);
    await userEvent.click(screen.getByRole("button", { name: "Thanh toán lại" }));
    await screen.findByRole("button", { name: "Thanh toán lại" });
    expect(go).toHaveBeenCalledWith("https://pay.example/2");
    await userEvent.click(screen.getByRole("button", { name: "Đổi sang COD" }));
    await waitFor(() => expect(api.calls).toHaveLength(2));
    expect(go).toHaveBeenCalledTimes(1);
    expect(api.calls.map((c) => c.body)).toEqual([{ paymentMethod: "vnpay" }, { paymentMethod: "cod" }]);
  });

  it("is not offered once the order is paid, placed as COD or cancelled", () => {
    const { container } = renderPage(
      <>
        <PayAgainPanel
          order={order({ status: "placed", payment: { method: "vnpay", status: "paid", amount: 1, redirectUrl: null } })}
        />
        <PayAgainPanel
          order={order({ status: "placed", payment: { method: "cod", status: "unpaid", amount: 1, redirectUrl: null } })}
        />
        <PayAgainPanel
          order={order({ status: "cancelled", payment: { method: "vnpay", status: "failed", amount: 1, redirectUrl: null } })}
        />
      </>,
    );
    expect(container.querySelectorAll("button")).toHaveLength(0);
  });
});

describe("OrderRefunds", () => {
  it("shows a refund on its way, then refunded", () => {
    const refund = { stallOrderId: null, amount: 165000, createdAt: "2026-11-28T03:00:00.000Z" };
    renderPage(
      <OrderRefunds
        order={order({
          refunds: [
            { ...refund, status: "pending", settledAt: null },
            { ...refund, status: "succeeded", settledAt: "2026-11-29T03:00:00.000Z" },
          ],
        })}
      />,
    );
    const [pending, settled] = screen.getAllByTestId("order-refund");
    expect(text(pending!)).toContain("Đang hoàn 165.000 ₫ về thẻ/tài khoản — thường trong 3–7 ngày");
    expect(text(settled!)).toContain("Đã hoàn 165.000 ₫");
  });
});
