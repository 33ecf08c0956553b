import type { CheckoutRequest, CheckoutResponse, Order } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { simpleCart } from "@/test/fixtures";
import { renderPage } from "@/test/render";
import { CheckoutFlow } from "./checkout-flow";

const line = { productId: "11111111-1111-4111-8111-111111111111", quantity: 2 };

describe('checkout after "Mua ngay"', () => {
  it("sends that one line as the order's items (the cart is left as it is), for a guest too", async () => {
    const api = fakeApi({
      "POST /checkout": (call) => {
        const body = call.body as CheckoutRequest;
        const payment = { method: body.paymentMethod, status: "unpaid" as const, amount: 260000, redirectUrl: null };
        return {
          status: 201,
          body: { order: { code: "CP-20261204-7Q4K", payment } as unknown as Order, payment } satisfies CheckoutResponse,
        };
      },
    });
    const onPlaced = jest.fn();
    renderPage(
      <CheckoutFlow user={null} cart={simpleCart("quang-tri")} onProvinceChange={jest.fn()} onPlaced={onPlaced} buyNow={line} />,
    );

    await userEvent.type(screen.getByRole("textbox", { name: "Họ và tên người nhận" }), "Lê Thị Hoa");
    await userEvent.type(screen.getByRole("textbox", { name: "Số điện thoại" }), "0912345678");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Tỉnh, thành phố" }), "quang-tri");
    await userEvent.type(screen.getByRole("textbox", { name: "Phường, xã" }), "Phường Đông Hà");
    await userEvent.type(screen.getByRole("textbox", { name: "Số nhà, tên đường, thôn xóm" }), "12 Lê Duẩn");
    await userEvent.click(screen.getByRole("button", { name: "Tiếp tục" }));
    await userEvent.click(await screen.findByRole("button", { name: "Tiếp tục" }));
    await userEvent.click(await screen.findByRole("button", { name: "Đặt hàng" }));
    await waitFor(() => expect(onPlaced).toHaveBeenCalledTimes(1));

    const body = api.callsTo("POST", "/checkout")[0]!.body as CheckoutRequest;
    expect(body.items).toEqual([line]);
    expect(body.guest).toEqual({ fullName: "Lê Thị Hoa", phone: "0912345678" });
  });
});
