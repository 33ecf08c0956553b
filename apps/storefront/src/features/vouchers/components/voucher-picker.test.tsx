import type { CartVoucherList, VoucherOutcome } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { simpleCart } from "@/test/fixtures";
import { renderPage } from "@/test/render";
import { VoucherPicker } from "./voucher-picker";
import { StallVouchers } from "./stall-vouchers";

const space = (s: string) => s.replace(/\s/g, " ").trim();
const outcome = (over: Partial<VoucherOutcome>): VoucherOutcome => ({
  code: "TET10",
  status: "applied",
  reason: null,
  message: "",
  owner: "platform",
  stallId: null,
  kind: "percent",
  discount: 24000,
  ...over,
});
const list: CartVoucherList = {
  items: [
    {
      voucher: {
        code: "FREESHIP",
        owner: "platform",
        stallId: null,
        kind: "free_shipping",
        value: 0,
        maxDiscount: null,
        minSubtotal: 0,
        endsAt: "2027-01-01T00:00:00.000Z",
        remaining: 5,
        limited: false,
      },
      outcome: outcome({ code: "FREESHIP", kind: "free_shipping", discount: 35000 }),
    },
  ],
};

function Harness() {
  const [codes, setCodes] = useState<string[]>([]);
  return <VoucherPicker codes={codes} onChange={setCodes} />;
}

describe("the voucher picker", () => {
  it("applies a typed code (any case), shows its saving, and says why another does not apply", async () => {
    const api = fakeApi({
      "GET /cart/vouchers": { body: list },
      "GET /cart": ({ query }) => {
        const codes = (query.get("voucherCodes") ?? "").split(",");
        const cart = simpleCart();
        const outcomes = codes.map((c) =>
          c === "TET10" ? outcome({}) : outcome({ code: c, status: "refused", reason: "expired", discount: 0 }),
        );
        const discountTotal = outcomes.reduce((s, o) => s + o.discount, 0);
        return {
          body: {
            cart: {
              ...cart,
              voucherPreview: {
                codes: outcomes,
                subtotal: 240000 - discountTotal,
                shippingTotal: cart.shippingTotal,
                discountTotal,
                grandTotal: cart.grandTotal - discountTotal,
                stalls: [],
              },
            },
          },
        };
      },
    });
    renderPage(<Harness />);
    expect(await screen.findByRole("heading", { name: "Chọn mã giảm giá" })).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText("Mã giảm giá"), "tet10");
    await userEvent.click(screen.getByRole("button", { name: "Áp dụng" }));
    const chosen = await screen.findByRole("list", { name: "Mã đã chọn" });
    expect(
      await within(chosen).findByText(
        (_, el) => el?.getAttribute("role") === "status" && space(el.textContent ?? "") === "Tiết kiệm 24.000 ₫",
      ),
    ).toBeInTheDocument();
    expect(api.calls.some((c) => c.path === "/cart" && c.query.get("voucherCodes") === "TET10")).toBe(true);

    await userEvent.type(screen.getByLabelText("Mã giảm giá"), "cu2025");
    await userEvent.click(screen.getByRole("button", { name: "Áp dụng" }));
    expect(await within(chosen).findByText("Mã đã hết hạn.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Bỏ mã CU2025" }));
    expect(within(chosen).queryByText("CU2025")).not.toBeInTheDocument();
  });

  it("offers the cart's vouchers with what each saves, and picks one with a tap", async () => {
    fakeApi({
      "GET /cart/vouchers": { body: list },
      "GET /cart": {
        body: {
          cart: {
            ...simpleCart(),
            voucherPreview: {
              codes: [list.items[0]!.outcome],
              subtotal: 240000,
              shippingTotal: 0,
              discountTotal: 35000,
              grandTotal: 240000,
              stalls: [],
            },
          },
        },
      },
    });
    renderPage(<Harness />);
    const offered = await screen.findByRole("list", { name: "Mã dùng được cho giỏ hàng" });
    expect(within(offered).getByText(/Miễn phí vận chuyển/)).toBeInTheDocument();
    await userEvent.click(within(offered).getByRole("button", { name: "Dùng" }));
    expect(
      await screen.findByText((_, el) => el?.tagName === "P" && space(el.textContent ?? "") === "Bạn tiết kiệm 35.000 ₫"),
    ).toBeInTheDocument();
    expect(within(offered).getByRole("button", { name: "Đang dùng" })).toBeDisabled();
  });

  it("a stall page lists its vouchers", async () => {
    fakeApi({
      "GET /stalls/htx/vouchers": {
        body: {
          items: [
            {
              ...list.items[0]!.voucher,
              code: "HTX10",
              owner: "stall",
              kind: "percent",
              value: 10,
              maxDiscount: 50000,
              minSubtotal: 200000,
            },
          ],
        },
      },
    });
    renderPage(<StallVouchers slug="htx" />);
    expect(await screen.findByText("HTX10")).toBeInTheDocument();
    expect(
      screen.getByText(
        (_, el) => el?.tagName === "DIV" && space(el.textContent ?? "").startsWith("HTX10 · Giảm 10% (tối đa 50.000 ₫)"),
      ),
    ).toBeInTheDocument();
  });
});
