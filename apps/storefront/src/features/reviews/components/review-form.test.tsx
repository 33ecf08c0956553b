import { fakeApi } from "@chophien/web/testing";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPage } from "@/test/render";
import { ReviewForm } from "./review-form";

const PRODUCT = "11111111-1111-4111-8111-111111111111";

describe("the review form under a received item", () => {
  it("says the product is reviewed instead of offering the form again", () => {
    renderPage(<ReviewForm productId={PRODUCT} productName="Mật ong Hướng Hóa" reviewed />);
    expect(screen.getByText("Bạn đã đánh giá sản phẩm này.")).toHaveAttribute("role", "status");
    expect(screen.queryByRole("button", { name: "Viết đánh giá" })).not.toBeInTheDocument();
  });

  it("asks for stars, then sends the rating and words", async () => {
    const api = fakeApi({ [`POST /products/${PRODUCT}/reviews`]: { status: 201, body: { review: { productId: PRODUCT } } } });
    renderPage(<ReviewForm productId={PRODUCT} productName="Mật ong Hướng Hóa" />);
    await userEvent.click(screen.getByRole("button", { name: "Viết đánh giá" }));
    await userEvent.click(screen.getByRole("radio", { name: /5/ }));
    await userEvent.type(screen.getByRole("textbox"), "Thơm, đóng gói kỹ");
    await userEvent.click(screen.getByRole("button", { name: /Gửi/ }));
    expect(await screen.findByText("Cảm ơn bạn đã đánh giá!")).toHaveAttribute("role", "status");
    expect(api.calls.at(-1)?.body).toEqual({ rating: 5, text: "Thơm, đóng gói kỹ" });
  });

  it("tells a stall's owner they cannot review their own stall's product", async () => {
    fakeApi({
      [`POST /products/${PRODUCT}/reviews`]: {
        status: 403,
        body: { error: { code: "self_review", message: "You cannot review your own stall's products" } },
      },
    });
    renderPage(<ReviewForm productId={PRODUCT} productName="Mật ong Hướng Hóa" />);
    await userEvent.click(screen.getByRole("button", { name: "Viết đánh giá" }));
    await userEvent.click(screen.getByRole("radio", { name: /5/ }));
    await userEvent.click(screen.getByRole("button", { name: /Gửi/ }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Bạn không thể đánh giá sản phẩm của chính gian hàng mình");
  });
});
