import type { CheckoutRequest, CheckoutResponse, Order } from "@chophien/contracts";
import { fakeApi, networkError, type Call } from "@chophien/web/testing";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { simpleCart, user } from "@/test/fixtures";
import { renderPage } from "@/test/render";
import { CheckoutFlow } from "./checkout-flow";

function placedOrder(call: Call): CheckoutResponse {
  const body = call.body as CheckoutRequest;
  const payment = { method: body.paymentMethod, status: "unpaid" as const, amount: 260000, redirectUrl: null };
  const order = { code: "CP-20261128-7Q4K", payment } as unknown as Order;
  return { order, payment };
}

/** Fills the address step with a valid Quảng Trị address and goes on to payment. */
async function fillAddress({ phone = "0912 345 678" } = {}) {
  const phoneBox = screen.getByRole("textbox", { name: "Số điện thoại" });
  await userEvent.clear(phoneBox);
  await userEvent.type(phoneBox, phone);
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "Tỉnh, thành phố" }), "quang-tri");
  await userEvent.type(screen.getByRole("textbox", { name: "Phường, xã" }), "Phường Đông Hà");
  await userEvent.type(screen.getByRole("textbox", { name: "Số nhà, tên đường, thôn xóm" }), "12 Lê Duẩn");
  await userEvent.click(screen.getByRole("button", { name: "Tiếp tục" }));
}

function setup(routes: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi(routes);
  const onPlaced = jest.fn();
  const onProvinceChange = jest.fn();
  renderPage(<CheckoutFlow user={user} cart={simpleCart("quang-tri")} onProvinceChange={onProvinceChange} onPlaced={onPlaced} />);
  return { api, onPlaced, onProvinceChange };
}

describe("checkout", () => {
  it("validates the address with the contract's rules and says what to fix, in Vietnamese", async () => {
    const { onProvinceChange } = setup();
    expect(screen.getByRole("textbox", { name: "Họ và tên người nhận" })).toHaveValue("Nguyễn Thị Lan");

    const phone = screen.getByRole("textbox", { name: "Số điện thoại" });
    await userEvent.type(phone, "12345");
    await userEvent.click(screen.getByRole("button", { name: "Tiếp tục" }));

    expect(await screen.findByText("Số điện thoại chưa đúng, ví dụ 0912345678.")).toBeInTheDocument();
    expect(screen.getByText("Chọn tỉnh, thành phố.")).toBeInTheDocument();
    expect(screen.getByText("Nhập phường hoặc xã.")).toBeInTheDocument();
    expect(phone).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(phone).toHaveFocus());
    // The 34 provinces since 2025-07-01, in Vietnamese order, and the fee preview follows the choice.
    expect(screen.getAllByRole("option")).toHaveLength(35);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Tỉnh, thành phố" }), "hue");
    expect(onProvinceChange).toHaveBeenCalledWith("hue");
  });

  it("places the order once, however often the button is pressed, with an Idempotency-Key", async () => {
    let release: () => void = () => undefined;
    const { api, onPlaced } = setup({
      "POST /checkout": (call) =>
        new Promise((resolve) => (release = () => resolve({ status: 201, body: placedOrder(call) }))) as never,
    });
    await fillAddress();
    expect(await screen.findByRole("radio", { name: /Trả tiền khi nhận hàng/ })).toBeChecked();
    await userEvent.click(screen.getByRole("button", { name: "Tiếp tục" }));

    // The review shows the address and the total for Quảng Trị (same-province shipping).
    expect(await screen.findByText(/12 Lê Duẩn, Phường Đông Hà, Quảng Trị/)).toBeInTheDocument();
    expect(screen.getByTestId("checkout-total")).toHaveTextContent(/260\.000\s₫/);

    const place = screen.getByRole("button", { name: "Đặt hàng" });
    await userEvent.dblClick(place);
    await userEvent.click(place);
    release();
    await waitFor(() => expect(onPlaced).toHaveBeenCalledTimes(1));

    const posts = api.callsTo("POST", "/checkout");
    expect(posts).toHaveLength(1);
    expect(posts[0]!.headers["Idempotency-Key"]).toMatch(/^[A-Za-z0-9_.:-]{8,100}$/);
    expect(posts[0]!.body).toEqual({
      shippingAddress: {
        fullName: "Nguyễn Thị Lan",
        phone: "0912345678",
        province: "quang-tri",
        ward: "Phường Đông Hà",
        street: "12 Lê Duẩn",
      },
      paymentMethod: "cod",
    });
  });

  it("resends a dropped attempt with the same key, and starts a new attempt after a definite refusal", async () => {
    let answers: (() => ReturnType<typeof networkError> | { status: number; body: unknown })[] = [];
    const { api, onPlaced } = setup({
      "POST /checkout": (call) => (answers.shift() ?? (() => ({ status: 201, body: placedOrder(call) })))(),
    });
    await fillAddress();
    await userEvent.click(screen.getByRole("radio", { name: /VNPay/ }));
    await userEvent.click(screen.getByRole("button", { name: "Tiếp tục" }));

    answers = [networkError, () => ({ status: 409, body: { error: { code: "conflict", message: "Only 1 left" } } })];
    await userEvent.click(await screen.findByRole("button", { name: "Đặt hàng và thanh toán qua VNPay" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Mất kết nối khi gửi đơn");
    await userEvent.click(screen.getByRole("button", { name: "Gửi lại đơn hàng" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Một vài sản phẩm vừa hết hàng hoặc đổi giá.");
    await userEvent.click(screen.getByRole("button", { name: "Đặt hàng và thanh toán qua VNPay" }));
    await waitFor(() => expect(onPlaced).toHaveBeenCalledTimes(1));

    const keys = api.callsTo("POST", "/checkout").map((c) => c.headers["Idempotency-Key"]);
    expect(keys).toHaveLength(3);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[1]);
    expect((api.callsTo("POST", "/checkout")[2]!.body as CheckoutRequest).paymentMethod).toBe("vnpay");
  });

  it("shows what rose when prices changed, and places again accepting the new total", async () => {
    const priceChange = {
      lines: [
        {
          productId: "11111111-1111-4111-8111-111111111111",
          name: "Cà phê Khe Sanh rang mộc",
          quantity: 2,
          shownPrice: 120000,
          unitPrice: 130000,
        },
      ],
      grandTotal: 280000,
    };
    let answers = [() => ({ status: 409, body: { error: { code: "price_changed", message: "Prices changed", priceChange } } })];
    const { api, onPlaced } = setup({
      "POST /checkout": (call) => (answers.shift() ?? (() => ({ status: 201, body: placedOrder(call) })))(),
    });
    await fillAddress();
    await userEvent.click(await screen.findByRole("button", { name: "Tiếp tục" }));
    await userEvent.click(await screen.findByRole("button", { name: "Đặt hàng" }));

    const alert = await screen.findByRole("alert", { name: "Giá đã thay đổi" });
    expect(alert).toHaveTextContent(/Cà phê Khe Sanh rang mộc × 2: 120\.000\s₫ → 130\.000\s₫/);
    expect(alert).toHaveTextContent(/Tổng mới: 280\.000\s₫/);
    expect(screen.getByRole("link", { name: "Xem lại giỏ hàng" })).toHaveAttribute("href", "/gio-hang");
    expect(onPlaced).not.toHaveBeenCalled();

    answers = [];
    await userEvent.click(screen.getByRole("button", { name: "Đặt hàng với giá mới" }));
    await waitFor(() => expect(onPlaced).toHaveBeenCalledTimes(1));
    const posts = api.callsTo("POST", "/checkout");
    expect(posts).toHaveLength(2);
    expect((posts[0]!.body as CheckoutRequest).expectedTotal).toBeUndefined();
    expect((posts[1]!.body as CheckoutRequest).expectedTotal).toBe(280000);
    // Another body is another attempt: a new Idempotency-Key.
    expect(posts[1]!.headers["Idempotency-Key"]).not.toBe(posts[0]!.headers["Idempotency-Key"]);
  });
});
