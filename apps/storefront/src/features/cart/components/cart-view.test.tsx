import type { PutCartItemRequest } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { cartWithTwoStalls, simpleCart } from "@/test/fixtures";
import { renderPage } from "@/test/render";
import { CartView } from "./cart-view";

/** Normalises the narrow no-break space Intl may put before ₫. */
const text = (el: HTMLElement) => el.textContent?.replace(/\s/g, " ");

describe("the cart", () => {
  it("groups lines by stall with per-stall subtotal and shipping, the grand total, and each line's warning", async () => {
    fakeApi({ "GET /cart": { body: { cart: cartWithTwoStalls() } } });
    renderPage(<CartView />);

    const coffee = await screen.findByRole("region", { name: "HTX Cà phê Hướng Hóa" });
    expect(within(coffee).getAllByTestId("cart-line")).toHaveLength(2);
    expect(text(within(coffee).getByText("Tạm tính").nextElementSibling as HTMLElement)).toBe("335.000 ₫");
    expect(
      within(coffee).getByText("Giá đã đổi từ 85.000 ₫ thành 95.000 ₫.", { normalizer: (s) => s.replace(/\s/g, " ").trim() }),
    ).toBeInTheDocument();

    const fishSauce = screen.getByRole("region", { name: "Nước mắm Cửa Việt Bà Lý" });
    expect(within(fishSauce).getByText("Sản phẩm đã hết hàng.")).toBeInTheDocument();
    expect(within(fishSauce).getByRole("button", { name: "Xóa khỏi giỏ" })).toBeInTheDocument();

    expect(text(screen.getByTestId("cart-grand-total"))).toBe("555.000 ₫");
    // Lines needing attention block checkout until they are fixed.
    expect(screen.getByRole("alert")).toHaveTextContent("Một số sản phẩm cần bạn xem lại");
    expect(screen.getByRole("button", { name: "Thanh toán" })).toBeDisabled();
  });

  it("changes a quantity with PUT (absolute quantity) and shows the server's new totals", async () => {
    const api = fakeApi({
      "GET /cart": { body: { cart: simpleCart() } },
      "PUT /cart/items": ({ body }) => {
        const { quantity } = body as PutCartItemRequest;
        const cart = simpleCart();
        const g = cart.groups[0]!;
        g.lines[0] = { ...g.lines[0]!, quantity, lineTotal: quantity * 120000 };
        g.subtotal = quantity * 120000;
        cart.subtotal = g.subtotal;
        cart.grandTotal = g.subtotal + cart.shippingTotal;
        return { body: { cart } };
      },
    });
    renderPage(<CartView />);

    await userEvent.click(await screen.findByRole("button", { name: "Tăng số lượng Cà phê Khe Sanh rang mộc" }));
    expect(await screen.findByDisplayValue("3")).toBeInTheDocument();
    expect(api.callsTo("PUT", "/cart/items")[0]?.body).toEqual({
      productId: "11111111-1111-4111-8111-111111111111",
      quantity: 3,
    });
    await screen.findByText(
      (_, el) => el?.getAttribute("data-testid") === "cart-grand-total" && text(el as HTMLElement) === "395.000 ₫",
    );
    expect(screen.getByRole("link", { name: "Thanh toán" })).toHaveAttribute("href", "/thanh-toan");
  });

  it("removes a line with DELETE", async () => {
    const api = fakeApi({
      "GET /cart": { body: { cart: simpleCart() } },
      "DELETE /cart/items/11111111-1111-4111-8111-111111111111": {
        body: { cart: { ...simpleCart(), groups: [], itemCount: 0 } },
      },
    });
    renderPage(<CartView />);
    await userEvent.click(await screen.findByRole("button", { name: "Xóa “Cà phê Khe Sanh rang mộc” khỏi giỏ" }));
    expect(await screen.findByRole("heading", { name: "Giỏ hàng đang trống" })).toBeInTheDocument();
    expect(api.calls.map((c) => `${c.method} ${c.path}`)).toContain("DELETE /cart/items/11111111-1111-4111-8111-111111111111");
  });

  it("always sends the cookie (the guest cart lives in it)", async () => {
    const api = fakeApi({ "GET /cart": { body: { cart: simpleCart() } } });
    renderPage(<CartView />);
    await screen.findByRole("region", { name: "HTX Cà phê Hướng Hóa" });
    expect(api.fetchMock.mock.calls[0]?.[1]?.credentials).toBe("include");
  });
});
