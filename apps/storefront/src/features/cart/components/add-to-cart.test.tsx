import { fakeApi } from "@chophien/web/testing";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPage } from "@/test/render";
import { AddToCart } from "./add-to-cart";

const productId = "11111111-1111-4111-8111-111111111111";

describe("the buy bar", () => {
  it('"Mua ngay" goes straight to checkout with the chosen quantity, without touching the cart', async () => {
    const api = fakeApi({});
    renderPage(<AddToCart productId={productId} name="Cà phê Khe Sanh" price={120000} stock={5} inStock />, {
      url: "/san-pham/ca-phe-khe-sanh",
    });
    await userEvent.click(screen.getByRole("button", { name: /Tăng/ }));
    await userEvent.click(screen.getByRole("button", { name: /Mua ngay/ }));

    expect(screen.getByTestId("location")).toHaveTextContent(`/thanh-toan?mua-ngay=${productId}&so-luong=2`);
    expect(api.calls).toHaveLength(0);
    // "Thêm vào giỏ" keeps its name where only its icon shows (a narrow phone).
    expect(screen.getByRole("button", { name: "Thêm vào giỏ" })).toBeEnabled();
  });
});
