import type { CheckoutRequest, CheckoutResponse, Order, SavedAddress } from "@chophien/contracts";
import { fakeApi, type Call } from "@chophien/web/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { simpleCart, user } from "@/test/fixtures";
import { renderPage } from "@/test/render";
import { resetSessionForTests } from "@/shared/session/session-store";
import { CheckoutPage } from "./checkout-page";

const home: SavedAddress = {
  id: "0f8fad5b-d9cb-469f-a165-70867728950e",
  fullName: "Nguyễn Thị Lan",
  phone: "0912345678",
  province: "quang-tri",
  ward: "Phường Đông Hà",
  street: "12 Lê Duẩn",
  isDefault: true,
  createdAt: "2026-11-01T03:00:00.000Z",
};
const work: SavedAddress = {
  ...home,
  id: "7c9e6679-7425-40de-944b-e07fc1f90ae8",
  province: "hue",
  ward: "Phường Thuận Hóa",
  street: "5 Lê Lợi",
  isDefault: false,
};

function placed(call: Call): { status: number; body: CheckoutResponse } {
  const body = call.body as CheckoutRequest;
  const payment = { method: body.paymentMethod, status: "unpaid" as const, amount: 260000, redirectUrl: null };
  const order = { code: "CP-20261204-7Q4K", payment, shippingAddress: body.shippingAddress } as unknown as Order;
  return { status: 201, body: { order, payment } };
}

/** The checkout page against a fake API: the cart priced by the `province` asked, and the saved addresses given. */
function setup({
  signedIn = true,
  addresses = [] as SavedAddress[],
  saveAnswer = (call: Call): { status: number; body: unknown } => ({
    status: 201,
    body: { address: { ...home, ...(call.body as object), id: work.id, isDefault: false } },
  }),
} = {}) {
  if (signedIn) resetSessionForTests({ status: "signed-in", user }, "token");
  const api = fakeApi({
    "GET /cart": (call) => ({ body: { cart: simpleCart(call.query.get("province") ?? undefined) } }),
    "GET /cart/vouchers": { body: { items: [] } },
    "GET /me/addresses": { body: { items: addresses } },
    "POST /checkout": placed,
    "POST /me/addresses": saveAnswer,
  });
  renderPage(<CheckoutPage />, { url: "/thanh-toan", path: "/thanh-toan" });
  return api;
}

/** From the payment step on: pay on delivery and place the order. */
async function payAndPlace() {
  await userEvent.click(await screen.findByRole("button", { name: "Tiếp tục" }));
  await userEvent.click(await screen.findByRole("button", { name: "Đặt hàng" }));
  await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("/don-hang/CP-20261204-7Q4K?placed=1"));
}

async function typeAddress() {
  await userEvent.type(screen.getByRole("textbox", { name: "Số điện thoại" }), "0912 345 678");
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "Tỉnh, thành phố" }), "hue");
  await userEvent.type(screen.getByRole("textbox", { name: "Phường, xã" }), "Phường Phú Xuân");
  await userEvent.type(screen.getByRole("textbox", { name: "Số nhà, tên đường, thôn xóm" }), "3 Đống Đa");
  await userEvent.click(screen.getByRole("button", { name: "Tiếp tục" }));
}

const typed = {
  fullName: "Nguyễn Thị Lan",
  phone: "0912345678",
  province: "hue",
  ward: "Phường Phú Xuân",
  street: "3 Đống Đa",
};

describe("checkout with saved addresses", () => {
  it("starts from the default address, prices the cart for its province and sends it in the checkout body", async () => {
    const api = setup({ addresses: [home, work] });
    const choices = await screen.findByRole("group", { name: "Chọn địa chỉ nhận hàng" });
    expect(within(choices).getByRole("radio", { name: /12 Lê Duẩn, Phường Đông Hà, Quảng Trị/ })).toBeChecked();
    expect(within(choices).getByRole("radio", { name: /Mặc định/ })).toBe(
      within(choices).getByRole("radio", { name: /12 Lê Duẩn/ }),
    );
    expect(within(choices).getByRole("radio", { name: /5 Lê Lợi/ })).not.toBeChecked();
    expect(within(choices).getByRole("radio", { name: /Địa chỉ khác/ })).not.toBeChecked();
    expect(screen.queryByRole("form", { name: "Địa chỉ nhận hàng" })).not.toBeInTheDocument();
    await waitFor(() => expect(api.callsTo("GET", "/cart").map((c) => c.query.get("province"))).toContain("quang-tri"));

    await userEvent.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(await screen.findByRole("radio", { name: /Trả tiền khi nhận hàng/ })).toBeChecked();
    await userEvent.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(await screen.findByText(/12 Lê Duẩn, Phường Đông Hà, Quảng Trị/)).toBeInTheDocument();
    expect(screen.getByTestId("checkout-total")).toHaveTextContent(/260\.000\s₫/);
    await userEvent.click(screen.getByRole("button", { name: "Đặt hàng" }));
    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("/don-hang/CP-20261204-7Q4K?placed=1"));

    expect(api.callsTo("POST", "/checkout").map((c) => (c.body as CheckoutRequest).shippingAddress)).toEqual([
      { fullName: "Nguyễn Thị Lan", phone: "0912345678", province: "quang-tri", ward: "Phường Đông Hà", street: "12 Lê Duẩn" },
    ]);
    expect(api.callsTo("POST", "/me/addresses")).toHaveLength(0);
  });

  it("sends another saved address when she picks it", async () => {
    const api = setup({ addresses: [home, work] });
    await userEvent.click(await screen.findByRole("radio", { name: /5 Lê Lợi, Phường Thuận Hóa, Huế/ }));
    await waitFor(() => expect(api.callsTo("GET", "/cart").map((c) => c.query.get("province"))).toContain("hue"));
    await userEvent.click(screen.getByRole("button", { name: "Tiếp tục" }));
    await payAndPlace();
    expect((api.callsTo("POST", "/checkout")[0]!.body as CheckoutRequest).shippingAddress.street).toBe("5 Lê Lợi");
  });

  it("with “Địa chỉ khác” and “Lưu địa chỉ này”, places the order with the typed address and then saves it", async () => {
    const api = setup({ addresses: [home] });
    await userEvent.click(await screen.findByRole("radio", { name: /Địa chỉ khác/ }));
    const save = screen.getByRole("checkbox", { name: /Lưu địa chỉ này/ });
    // She has addresses already: saving one more is her choice.
    expect(save).not.toBeChecked();
    await userEvent.click(save);
    await typeAddress();
    await payAndPlace();

    expect(api.callsTo("POST", "/checkout").map((c) => (c.body as CheckoutRequest).shippingAddress)).toEqual([typed]);
    expect(api.callsTo("POST", "/me/addresses").map((c) => c.body)).toEqual([typed]);
    const order = api.calls.map((c) => `${c.method} ${c.path}`).filter((c) => c.startsWith("POST"));
    expect(order).toEqual(["POST /checkout", "POST /me/addresses"]);
  });

  it("does not save a typed address when the box is left unticked", async () => {
    const api = setup({ addresses: [home] });
    await userEvent.click(await screen.findByRole("radio", { name: /Địa chỉ khác/ }));
    await typeAddress();
    await payAndPlace();
    expect(api.callsTo("POST", "/checkout")).toHaveLength(1);
    expect(api.callsTo("POST", "/me/addresses")).toHaveLength(0);
  });

  it("with none saved, shows the form with the box ticked, and a failed save does not stop the order", async () => {
    const api = setup({
      addresses: [],
      saveAnswer: () => ({ status: 500, body: { error: { code: "internal", message: "Something went wrong" } } }),
    });
    expect(await screen.findByRole("checkbox", { name: /Lưu địa chỉ này/ })).toBeChecked();
    expect(screen.queryByRole("group", { name: "Chọn địa chỉ nhận hàng" })).not.toBeInTheDocument();
    await typeAddress();
    await payAndPlace();
    expect(api.callsTo("POST", "/me/addresses").map((c) => c.body)).toEqual([typed]);
  });
});

describe("guest checkout", () => {
  it("keeps the plain form: no saved addresses asked for, no choice, no box to save", async () => {
    const api = setup({ signedIn: false });
    await screen.findByRole("form", { name: "Địa chỉ nhận hàng" });
    expect(screen.queryByRole("group", { name: "Chọn địa chỉ nhận hàng" })).not.toBeInTheDocument();
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
    expect(api.callsTo("GET", "/me/addresses")).toHaveLength(0);
  });
});
