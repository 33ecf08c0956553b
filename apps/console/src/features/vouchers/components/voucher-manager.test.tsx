import type { CreateVoucherRequest, Voucher } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithApp } from "@/test/render";
import { VoucherManager } from "./voucher-manager";

const space = (s: string | null) => (s ?? "").replace(/\s/g, " ").trim();
const voucher = (over: Partial<Voucher> = {}): Voucher => ({
  id: "99999999-9999-4999-8999-999999999999",
  owner: "stall",
  stallId: "22222222-2222-4222-8222-222222222222",
  code: "TET10",
  kind: "percent",
  value: 10,
  maxDiscount: 50000,
  minSubtotal: 0,
  startsAt: "2026-01-01T00:00:00.000Z",
  endsAt: "2027-01-01T00:00:00.000Z",
  totalQuantity: 100,
  perUserLimit: 1,
  categoryIds: [],
  productIds: [],
  status: "active",
  used: 12,
  stats: { orders: 12, discountGiven: 240000, revenue: 2160000 },
  createdAt: "2026-01-01T00:00:00.000Z",
  ...over,
});

describe("the voucher manager", () => {
  it("shows each voucher's uses, discount given and revenue, and pauses one", async () => {
    const api = fakeApi({
      "GET /seller/vouchers": { body: { items: [voucher()] } },
      "PATCH /seller/vouchers/99999999-9999-4999-8999-999999999999": { body: { voucher: voucher({ status: "paused" }) } },
    });
    renderWithApp(<VoucherManager area="seller" />);
    const row = (await screen.findByText("TET10")).closest("tr")!;
    expect(space(within(row).getByText(/12\/100/).textContent)).toBe("12/100 · 12 đơn");
    expect(space(within(row).getByText(/240\.000/).textContent)).toBe("240.000 ₫");
    expect(space(within(row).getByText(/2\.160\.000/).textContent)).toBe("2.160.000 ₫");
    await userEvent.click(within(row).getByRole("button", { name: "Tạm dừng mã TET10" }));
    expect(api.callsTo("PATCH", "/seller/vouchers/99999999-9999-4999-8999-999999999999")[0]?.body).toEqual({ status: "paused" });
  });

  it("creates a market voucher with the days in GMT+7", async () => {
    const api = fakeApi({
      "GET /admin/vouchers": { body: { items: [] } },
      "POST /admin/vouchers": ({ body }) => ({
        status: 201,
        body: { voucher: voucher({ owner: "platform", stallId: null, code: (body as CreateVoucherRequest).code.toUpperCase() }) },
      }),
    });
    renderWithApp(<VoucherManager area="admin" />);
    const form = await screen.findByRole("form", { name: "Tạo mã giảm giá" });
    await userEvent.type(within(form).getByLabelText("Mã"), "freeship");
    await userEvent.selectOptions(within(form).getByLabelText("Loại"), "free_shipping");
    await userEvent.type(within(form).getByLabelText("Phí vận chuyển giảm tối đa (₫, 0 = toàn bộ)"), "0");
    await userEvent.type(within(form).getByLabelText("Tổng số lượt"), "10");
    await userEvent.type(within(form).getByLabelText("Ngày bắt đầu"), "2026-12-01");
    await userEvent.type(within(form).getByLabelText("Ngày kết thúc"), "2026-12-31");
    await userEvent.click(within(form).getByRole("button", { name: "Tạo mã giảm giá" }));
    expect(await screen.findByText("Đã tạo mã FREESHIP")).toBeInTheDocument();
    expect(api.callsTo("POST", "/admin/vouchers")[0]?.body).toEqual({
      code: "freeship",
      kind: "free_shipping",
      value: 0,
      totalQuantity: 10,
      perUserLimit: 1,
      startsAt: "2026-12-01T00:00:00+07:00",
      endsAt: "2026-12-31T23:59:59+07:00",
    });
  });
});
