import { fakeApi } from "@chophien/web/testing";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEMAND_ID as DEMAND, myDemand as demand, OFFER_ID as OFFER, offer } from "@/test/fixtures";
import { renderPage } from "@/test/render";
import { OfferCard } from "./offer-card";

const PRODUCT = { id: "p1", name: "Cà phê rang mộc Tà Cơn", slug: "ca-phe-rang-moc", unit: "kg" };
const ADDRESS = {
  fullName: "Lê Văn Mua",
  phone: "0912345678",
  province: "quang-tri",
  ward: "Phường Đông Hà",
  street: "12 Lê Duẩn",
};
const awarded = (over = {}) => offer({ status: "awarded", awardedQuantity: 450, unitPrice: 180_000, ...over });
const order = (no: number, code: string) => ({
  id: `0000000${no}-0000-4000-8000-000000000000`,
  code,
  grandTotal: 40_500_000,
  deal: { offerId: OFFER, delivery: { no, of: 2, from: `2026-07-0${no}`, to: `2026-07-1${no}` } },
});

describe("turning an award into orders", () => {
  it("says the stall must name its product first, and offers no form", () => {
    const o = awarded({ product: null });
    renderPage(<OfferCard demand={demand(o)} offer={o} />);
    expect(screen.getByRole("note")).toHaveTextContent("Gian hàng cần chọn sản phẩm");
    expect(screen.queryByRole("button", { name: "Tạo đơn hàng" })).not.toBeInTheDocument();
  });

  it("sends the payment, the address and the note, then links each delivery's order", async () => {
    const o = awarded({ product: PRODUCT });
    const api = fakeApi({
      [`POST /demands/${DEMAND}/offers/${OFFER}/orders`]: {
        status: 201,
        body: { orders: [order(1, "CP-20260701-AAAA-0001"), order(2, "CP-20260701-AAAA-0002")] },
      },
    });
    renderPage(<OfferCard demand={demand(o)} offer={o} initialAddress={ADDRESS} />);
    await userEvent.click(screen.getByRole("button", { name: "Tạo đơn hàng" }));
    expect(screen.getByLabelText(/^Họ và tên người nhận/)).toHaveValue("Lê Văn Mua");
    await userEvent.click(screen.getByRole("radio", { name: "Trả tiền khi nhận hàng (COD)" }));
    await userEvent.type(screen.getByLabelText("Ghi chú cho gian hàng (không bắt buộc)"), "Giao giờ hành chính");
    await userEvent.click(screen.getByRole("button", { name: "Xác nhận tạo đơn" }));
    expect(await screen.findByText("Đã tạo 2 đơn hàng.")).toHaveAttribute("role", "status");
    expect(api.callsTo("POST", `/demands/${DEMAND}/offers/${OFFER}/orders`)[0]?.body).toEqual({
      paymentMethod: "cod",
      shippingAddress: ADDRESS,
      note: "Giao giờ hành chính",
    });
    expect(screen.getByRole("link", { name: "Đợt 2/2 · CP-20260701-AAAA-0002" })).toHaveAttribute(
      "href",
      "/don-hang/CP-20260701-AAAA-0002",
    );
    expect(screen.getByText("01/07/2026 – 11/07/2026 · 40.500.000 ₫")).toBeInTheDocument();
  });

  it("checks the address before sending, and words a 409 and a 422 readably", async () => {
    const o = awarded({ product: PRODUCT });
    let status = 409;
    const api = fakeApi({
      [`POST /demands/${DEMAND}/offers/${OFFER}/orders`]: () => ({
        status,
        body: {
          error: {
            code: status === 409 ? "conflict" : "payment_amount_out_of_range",
            message: "Only 100 kg in stock",
          },
        },
      }),
    });
    renderPage(<OfferCard demand={demand(o)} offer={o} />);
    await userEvent.click(screen.getByRole("button", { name: "Tạo đơn hàng" }));
    await userEvent.click(screen.getByRole("button", { name: "Xác nhận tạo đơn" }));
    expect(api.calls).toHaveLength(0);
    await userEvent.type(screen.getByLabelText(/^Họ và tên người nhận/), ADDRESS.fullName);
    await userEvent.type(screen.getByLabelText(/^Số điện thoại/), ADDRESS.phone);
    await userEvent.selectOptions(screen.getByLabelText(/^Tỉnh, thành phố/), "quang-tri");
    await userEvent.type(screen.getByLabelText(/^Phường, xã/), ADDRESS.ward);
    await userEvent.type(screen.getByLabelText(/^Số nhà, tên đường/), ADDRESS.street);
    await userEvent.click(screen.getByRole("button", { name: "Xác nhận tạo đơn" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("gian hàng không đủ hàng trong kho");
    expect(api.calls.at(-1)?.body).toMatchObject({ paymentMethod: "bank_transfer", shippingAddress: ADDRESS });
    status = 422;
    await userEvent.click(screen.getByRole("button", { name: "Xác nhận tạo đơn" }));
    expect(await screen.findByText(/vượt mức phương thức thanh toán/)).toBeInTheDocument();
  });

  it("links the orders an award already has, by their codes", async () => {
    const o = awarded({ product: PRODUCT, orderIds: [order(1, "").id, order(2, "").id] });
    fakeApi({
      "GET /orders": {
        body: {
          items: [
            { id: order(2, "").id, code: "CP-20260701-AAAA-0002" },
            { id: order(1, "").id, code: "CP-20260701-AAAA-0001" },
          ],
          total: 2,
          page: 1,
          limit: 60,
        },
      },
    });
    renderPage(<OfferCard demand={demand(o)} offer={o} />);
    expect(await screen.findByRole("link", { name: "Đợt 1/2 · CP-20260701-AAAA-0001" })).toHaveAttribute(
      "href",
      "/don-hang/CP-20260701-AAAA-0001",
    );
    expect(screen.queryByRole("button", { name: "Tạo đơn hàng" })).not.toBeInTheDocument();
  });
});
