import type { ProductCard, Voucher } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { adminProduct, categories, COFFEE, PEPPER } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { VoucherManager } from "./voucher-manager";
import type { VoucherTargets } from "./voucher-scope";

const ID = "99999999-9999-4999-8999-999999999999";
const [KHE_SANH, TIEU, MAT_ONG] = [
  "a1111111-1111-4111-8111-111111111111",
  "a2222222-2222-4222-8222-222222222222",
  "a3333333-3333-4333-8333-333333333333",
];
const sellerTargets: VoucherTargets = {
  categories: categories.items,
  products: [
    { id: KHE_SANH, name: "Cà phê Arabica Khe Sanh" },
    { id: TIEU, name: "Hạt tiêu đen Phú Quốc" },
    { id: MAT_ONG, name: "Mật ong hoa cà phê" },
  ],
};
const voucher = (over: Partial<Voucher> = {}): Voucher => ({
  id: ID,
  owner: "stall",
  stallId: "22222222-2222-4222-8222-222222222222",
  code: "TET10",
  kind: "percent",
  value: 10,
  maxDiscount: null,
  minSubtotal: 0,
  startsAt: "2026-01-01T00:00:00.000Z",
  endsAt: "2027-01-01T00:00:00.000Z",
  totalQuantity: null,
  perUserLimit: 1,
  categoryIds: [],
  productIds: [],
  status: "active",
  used: 0,
  stats: { orders: 0, discountGiven: 0, revenue: 0 },
  createdAt: "2026-01-01T00:00:00.000Z",
  ...over,
});
const card = (id: string, name: string) => ({ id, name }) as ProductCard;

async function fillBasics(form: HTMLElement) {
  await userEvent.type(within(form).getByLabelText("Mã"), "tet10");
  await userEvent.type(within(form).getByLabelText("Phần trăm giảm (1–100)"), "10");
  await userEvent.type(within(form).getByLabelText("Ngày bắt đầu"), "2026-12-01");
  await userEvent.type(within(form).getByLabelText("Ngày kết thúc"), "2026-12-31");
}
const created = { status: 201, body: { voucher: voucher() } };

describe("what a voucher applies to", () => {
  it("a stall voucher for chosen categories sends their ids; a group counts as a choice of its own", async () => {
    const api = fakeApi({ "GET /seller/vouchers": { body: { items: [] } }, "POST /seller/vouchers": created });
    renderWithApp(<VoucherManager area="seller" targets={sellerTargets} />);
    const form = await screen.findByRole("form", { name: "Tạo mã giảm giá" });
    const scope = within(form).getByRole("group", { name: "Áp dụng cho" });
    expect(within(scope).getByRole("radio", { name: "Cả gian hàng" })).toBeChecked();
    await fillBasics(form);
    await userEvent.click(within(scope).getByRole("radio", { name: "Một số danh mục" }));
    await userEvent.click(within(form).getByRole("button", { name: "Tạo mã giảm giá" }));
    expect(within(scope).getByRole("alert")).toHaveTextContent("Chọn ít nhất một danh mục.");
    expect(api.callsTo("POST", "/seller/vouchers")).toHaveLength(0);

    await userEvent.click(within(scope).getByRole("checkbox", { name: "Cà phê" }));
    await userEvent.click(within(scope).getByRole("checkbox", { name: "Gia vị (cả nhóm)" }));
    await userEvent.click(within(form).getByRole("button", { name: "Tạo mã giảm giá" }));
    await screen.findByText("Đã tạo mã TET10");
    expect(api.callsTo("POST", "/seller/vouchers")[0]?.body).toMatchObject({
      code: "tet10",
      categoryIds: [COFFEE, "44444444-4444-4444-8444-444444444444"],
    });
    expect(api.callsTo("POST", "/seller/vouchers")[0]?.body).not.toHaveProperty("productIds");
    expect(within(scope).getByRole("radio", { name: "Cả gian hàng" })).toBeChecked();
  });

  it("finds the stall's products by name without accents and sends the chosen ones", async () => {
    const api = fakeApi({ "GET /seller/vouchers": { body: { items: [] } }, "POST /seller/vouchers": created });
    renderWithApp(<VoucherManager area="seller" targets={sellerTargets} />);
    const form = await screen.findByRole("form", { name: "Tạo mã giảm giá" });
    await fillBasics(form);
    await userEvent.click(within(form).getByRole("radio", { name: "Một số sản phẩm" }));
    await userEvent.type(within(form).getByLabelText("Tìm sản phẩm"), "ca phe");
    const matches = within(form).getByRole("list", { name: "Sản phẩm tìm thấy" });
    expect(
      within(matches)
        .getAllByRole("checkbox")
        .map((c) => c.closest("label")?.textContent),
    ).toEqual(["Cà phê Arabica Khe Sanh", "Mật ong hoa cà phê"]);
    await userEvent.click(within(matches).getByRole("checkbox", { name: "Mật ong hoa cà phê" }));
    await userEvent.clear(within(form).getByLabelText("Tìm sản phẩm"));
    await userEvent.type(within(form).getByLabelText("Tìm sản phẩm"), "TIEU{Enter}");
    await userEvent.click(within(form).getByRole("checkbox", { name: "Hạt tiêu đen Phú Quốc" }));
    // Enter in the search box did not submit the voucher.
    expect(api.callsTo("POST", "/seller/vouchers")).toHaveLength(0);
    const chosen = within(form).getByRole("list", { name: "Đã chọn 2 sản phẩm" });
    await userEvent.click(within(chosen).getByRole("button", { name: "Bỏ Mật ong hoa cà phê" }));
    await userEvent.clear(within(form).getByLabelText("Tìm sản phẩm"));
    await userEvent.click(within(form).getByRole("checkbox", { name: "Cà phê Arabica Khe Sanh" }));
    await userEvent.click(within(form).getByRole("button", { name: "Tạo mã giảm giá" }));
    await screen.findByText("Đã tạo mã TET10");
    const body = api.callsTo("POST", "/seller/vouchers")[0]?.body;
    expect(body).toMatchObject({ productIds: [TIEU, KHE_SANH] });
    expect(body).not.toHaveProperty("categoryIds");
  });

  it("the list says what each applies to; editing shows the current choice and PATCHes the change", async () => {
    const api = fakeApi({
      "GET /seller/vouchers": {
        body: {
          items: [
            voucher(),
            voucher({ id: "98888888-8888-4888-8888-888888888888", code: "CAPHE", categoryIds: [COFFEE, PEPPER] }),
            voucher({ id: "97777777-7777-4777-8777-777777777777", code: "BA", productIds: [KHE_SANH, TIEU, MAT_ONG] }),
          ],
        },
      },
      "PATCH /seller/vouchers/97777777-7777-4777-8777-777777777777": { body: { voucher: voucher() } },
    });
    renderWithApp(<VoucherManager area="seller" targets={sellerTargets} />);
    const row = async (code: string) => (await screen.findByText(code)).closest("tr")!;
    expect(within(await row("TET10")).getByText("Cả gian hàng")).toBeInTheDocument();
    expect(within(await row("CAPHE")).getByText("Cà phê, Hồ tiêu")).toBeInTheDocument();
    expect(within(await row("BA")).getByText("3 sản phẩm")).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Đổi phạm vi áp dụng của mã BA" }));
    const dialog = await screen.findByRole("dialog", { name: "Mã BA áp dụng cho" });
    expect(within(dialog).getByRole("radio", { name: "Một số sản phẩm" })).toBeChecked();
    const chosen = within(dialog).getByRole("list", { name: "Đã chọn 3 sản phẩm" });
    expect(
      within(chosen)
        .getAllByRole("listitem")
        .map((li) => li.firstChild?.textContent),
    ).toEqual(["Cà phê Arabica Khe Sanh", "Hạt tiêu đen Phú Quốc", "Mật ong hoa cà phê"]);
    await userEvent.click(within(dialog).getByRole("checkbox", { name: "Hạt tiêu đen Phú Quốc" }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(api.callsTo("PATCH", "/seller/vouchers/97777777-7777-4777-8777-777777777777")[0]?.body).toEqual({
      categoryIds: [],
      productIds: [KHE_SANH, MAT_ONG],
    });
  });

  it("clearing goes back to the whole stall: both lists sent empty", async () => {
    const api = fakeApi({
      "GET /seller/vouchers": { body: { items: [voucher({ productIds: [KHE_SANH] })] } },
      [`PATCH /seller/vouchers/${ID}`]: { body: { voucher: voucher() } },
    });
    renderWithApp(<VoucherManager area="seller" targets={sellerTargets} />);
    await userEvent.click(await screen.findByRole("button", { name: "Đổi phạm vi áp dụng của mã TET10" }));
    const dialog = await screen.findByRole("dialog", { name: "Mã TET10 áp dụng cho" });
    expect(within(dialog).getByRole("checkbox", { name: "Cà phê Arabica Khe Sanh" })).toBeChecked();
    await userEvent.click(within(dialog).getByRole("radio", { name: "Cả gian hàng" }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(api.callsTo("PATCH", `/seller/vouchers/${ID}`)).toHaveLength(1));
    expect(api.callsTo("PATCH", `/seller/vouchers/${ID}`)[0]?.body).toEqual({ categoryIds: [], productIds: [] });
  });

  it("a market voucher searches the catalog for products and names the ones it already has", async () => {
    const api = fakeApi({
      "GET /admin/vouchers": {
        body: { items: [voucher({ owner: "platform", stallId: null, code: "CHO", productIds: [KHE_SANH] })] },
      },
      [`GET /admin/products/${KHE_SANH}`]: {
        body: { product: { ...adminProduct({ id: KHE_SANH, name: "Cà phê Arabica Khe Sanh" }), moderation: [] } },
      },
      "GET /products": ({ query }) => ({
        body: {
          items: query.get("q") === "tieu" ? [card(TIEU, "Hạt tiêu đen Phú Quốc")] : [],
          total: 1,
          page: 1,
          limit: 20,
        },
      }),
      [`PATCH /admin/vouchers/${ID}`]: { body: { voucher: voucher() } },
    });
    renderWithApp(<VoucherManager area="admin" targets={{ categories: categories.items }} />);
    expect(within((await screen.findByText("CHO")).closest("tr")!).getByText("1 sản phẩm")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Đổi phạm vi áp dụng của mã CHO" }));
    const dialog = await screen.findByRole("dialog", { name: "Mã CHO áp dụng cho" });
    expect(within(dialog).getByRole("radio", { name: "Cả chợ" })).not.toBeChecked();
    expect(await within(dialog).findByRole("button", { name: "Bỏ Cà phê Arabica Khe Sanh" })).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText("Tìm sản phẩm"), "tieu");
    await userEvent.click(await within(dialog).findByRole("checkbox", { name: "Hạt tiêu đen Phú Quốc" }));
    expect(within(dialog).getByRole("button", { name: "Bỏ Hạt tiêu đen Phú Quốc" })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(api.callsTo("PATCH", `/admin/vouchers/${ID}`)).toHaveLength(1));
    expect(api.callsTo("PATCH", `/admin/vouchers/${ID}`)[0]?.body).toEqual({ categoryIds: [], productIds: [KHE_SANH, TIEU] });
    // Asked once typing paused, not for every letter.
    expect(api.callsTo("GET", "/products").map((c) => c.query.get("q"))).toEqual(["tieu"]);
  });
});
