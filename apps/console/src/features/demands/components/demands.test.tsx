import { ACTING_FOR_STALL_HEADER } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setActingFor } from "@/shared/session/acting-store";
import { renderWithApp } from "@/test/render";
import { expectCardCells } from "@/test/table-cards";
import { DEMAND_ID, demand, OFFER_ID, offer } from "./demand-fixtures";
import { DemandDetail } from "./demand-detail";
import { DemandsForMe } from "./demands-for-me";
import { MyOffers } from "./my-offers";

const space = (s: string | null) => (s ?? "").replace(/\s/g, " ").trim();
const STALL = "66666666-6666-4666-8666-666666666666";
afterEach(() => act(() => setActingFor(null)));

describe("demands for me", () => {
  it("is a card per demand on a phone: title, quantity and unit, province, deadline in GMT+7, OCOP requirement", async () => {
    const api = fakeApi({ "GET /seller/demands": { body: { items: [demand()], total: 1, page: 1, limit: 20 } } });
    renderWithApp(<DemandsForMe />);
    const link = await screen.findByRole("link", { name: "Thu mua cà phê rang xay Khe Sanh cho chuỗi siêu thị" });
    expect(link).toHaveAttribute("href", `/seller/demands/${DEMAND_ID}`);
    const row = link.closest("tr")!;
    expect(space(within(row).getByText(/1\.200/).textContent)).toBe("1.200 kg");
    expect(within(row).getByText("Quảng Trị")).toBeInTheDocument();
    expect(within(row).getByText("17:00 20/01/2027 (GMT+7)")).toBeInTheDocument();
    expect(within(row).getByText("OCOP 4★ trở lên")).toBeInTheDocument();
    expectCardCells(screen.getByRole("table"));
    expect(api.callsTo("GET", "/seller/demands")[0]!.query.get("limit")).toBe("20");
  });
});

describe("a demand's offer form", () => {
  const fill = async () => {
    const user = userEvent.setup();
    const form = await screen.findByRole("form", { name: "Chào giá" });
    await user.type(within(form).getByLabelText("Số lượng (kg)"), "1.000");
    await user.type(within(form).getByLabelText("Giá mỗi kg (₫)"), "205.000");
    expect(within(form).getByText("Thành tiền: 205.000.000 ₫")).toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Thêm đợt giao" }));
    const first = within(form).getByRole("group", { name: "Đợt 1" });
    await user.type(within(first).getByLabelText("Từ ngày"), "2027-01-05");
    await user.type(within(first).getByLabelText("Đến ngày"), "2027-01-10");
    await user.type(within(first).getByLabelText("Số lượng (kg)"), "1000");
    await user.type(within(form).getByLabelText("Lời nhắn cho bên mua"), "Rang mộc, giao kho Đông Hà");
    return { user, form, send: () => user.click(within(form).getByRole("button", { name: "Gửi chào giá" })) };
  };

  it("sends the offer for the stall a helper acts for, and says plainly when today's quota is spent or it offered already", async () => {
    let posts = 0;
    const api = fakeApi({
      "GET /seller/demand-offers": { body: { items: [] } },
      [`POST /demands/${DEMAND_ID}/offers`]: () =>
        ++posts === 1
          ? { status: 429, body: { error: { code: "rate_limited", message: "x" } }, headers: { "Retry-After": "18750" } }
          : { status: 409, body: { error: { code: "conflict", message: "x" } } },
    });
    act(() => setActingFor({ stallId: STALL, stallName: "Cà phê Khe Sanh" }));
    renderWithApp(<DemandDetail demand={demand({ respondBy: "2099-01-01T00:00:00.000Z" })} />);
    const { form, send } = await fill();
    await send();
    expect(await within(form).findByRole("alert")).toHaveTextContent(
      /Hôm nay gian hàng đã gửi đủ số chào giá cho phép\. Gửi tiếp được từ \d\d:\d\d \d\d\/\d\d\/\d{4} \(GMT\+7\), khoảng 5 giờ 13 phút nữa\./,
    );
    const [call] = api.callsTo("POST", `/demands/${DEMAND_ID}/offers`);
    expect(call!.body).toEqual({
      quantity: 1000,
      unitPrice: 205000,
      deliveries: [{ from: "2027-01-05", to: "2027-01-10", quantity: 1000 }],
      message: "Rang mộc, giao kho Đông Hà",
    });
    expect(call!.headers[ACTING_FOR_STALL_HEADER]).toBe(STALL);
    await send();
    expect(await within(form).findByText(/đã có một chào giá đang mở cho nhu cầu này/)).toBeInTheDocument();
  });

  it("shows the contract's problems beside the fields and sends nothing", async () => {
    const api = fakeApi({ "GET /seller/demand-offers": { body: { items: [] } } });
    renderWithApp(<DemandDetail demand={demand({ respondBy: "2099-01-01T00:00:00.000Z" })} />);
    const user = userEvent.setup();
    const form = await screen.findByRole("form", { name: "Chào giá" });
    await user.click(within(form).getByRole("button", { name: "Gửi chào giá" }));
    expect(within(form).getByLabelText("Số lượng (kg)")).toHaveAttribute("aria-invalid", "true");
    expect(within(form).getByLabelText("Lời nhắn cho bên mua")).toHaveAttribute("aria-invalid", "true");
    expect(api.callsTo("POST", `/demands/${DEMAND_ID}/offers`)).toHaveLength(0);
  });

  it("shows the stall's live offer instead of a second form, and no form once the demand stopped taking offers", async () => {
    fakeApi({ "GET /seller/demand-offers": { body: { items: [offer({ status: "shortlisted" })] } } });
    const { unmount } = renderWithApp(<DemandDetail demand={demand({ respondBy: "2099-01-01T00:00:00.000Z" })} />);
    expect(await screen.findByText("Vào danh sách ngắn")).toBeInTheDocument();
    expect(screen.getByText("05/01/2027 → 10/01/2027: 400 kg")).toBeInTheDocument();
    expect(screen.getByText("180.000 ₫ – 240.000 ₫ / kg")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Xem ở Chào giá của tôi" })).toHaveAttribute("href", "/seller/demand-offers");
    expect(screen.queryByRole("form", { name: "Chào giá" })).toBeNull();
    unmount();
    fakeApi({ "GET /seller/demand-offers": { body: { items: [] } } });
    renderWithApp(<DemandDetail demand={demand({ status: "expired" })} />);
    expect(await screen.findByText("Nhu cầu này không còn nhận chào giá.")).toBeInTheDocument();
  });
});

describe("my offers", () => {
  const shortlisted = offer({
    status: "shortlisted",
    unitPrice: 200000,
    rounds: [
      offer().rounds[0]!,
      {
        round: 2,
        by: "buyer",
        unitPrice: 200000,
        quantity: 500,
        message: "Giá 200.000 được không?",
        createdAt: "2026-12-03T02:00:00.000Z",
      },
    ],
    contacts: {
      name: "Chuỗi siêu thị Hòa Bình",
      phone: "0912345678",
      email: "thu.mua@hoabinh.vn",
      address: "12 Hùng Vương, Đông Hà",
    },
  });

  it("shows the rounds and the buyer's contacts once shortlisted, and counters after a confirmation", async () => {
    const api = fakeApi({
      "GET /seller/demand-offers": { body: { items: [shortlisted] } },
      [`GET /demands/${DEMAND_ID}`]: { body: { demand: demand() } },
      [`POST /seller/demand-offers/${OFFER_ID}/counter`]: { body: { offer: shortlisted } },
    });
    const user = userEvent.setup();
    renderWithApp(<MyOffers />);
    const card = (await screen.findByRole("link", { name: /Thu mua cà phê/ })).closest("li")!;
    expect(within(card).getByText("Vào danh sách ngắn")).toBeInTheDocument();
    const rounds = within(card).getAllByRole("listitem");
    expect(rounds.map((r) => space(r.textContent))).toEqual([
      "Gian hàng · 08:00 02/12/2026 — 500 kg × 210.000 ₫Rang mộc, đóng gói 500 g",
      "Bên mua · 09:00 03/12/2026 — 500 kg × 200.000 ₫Giá 200.000 được không?",
    ]);
    expect(within(card).getByRole("link", { name: "0912345678" })).toHaveAttribute("href", "tel:0912345678");
    expect(within(card).getByRole("link", { name: "thu.mua@hoabinh.vn" })).toBeInTheDocument();

    await user.click(within(card).getByRole("button", { name: "Trả giá" }));
    const dialog = screen.getByRole("dialog", { name: "Trả giá lại" });
    expect(within(dialog).getByText("Một vòng mới với giá và số lượng của bạn. Còn 4 lượt.")).toBeInTheDocument();
    const price = within(dialog).getByLabelText("Giá mỗi kg (₫)");
    await user.clear(price);
    await user.type(price, "205.000");
    await user.type(within(dialog).getByLabelText("Lời nhắn cho bên mua"), "Chốt 205.000 nhé");
    await user.click(within(dialog).getByRole("button", { name: "Gửi vòng mới" }));
    expect(await screen.findByText("Đã gửi vòng trả giá mới.")).toBeInTheDocument();
    expect(api.callsTo("POST", `/seller/demand-offers/${OFFER_ID}/counter`)[0]!.body).toEqual({
      unitPrice: 205000,
      quantity: 500,
      message: "Chốt 205.000 nhé",
    });
  });

  it("withdraws only after the confirmation, and explains a refusal", async () => {
    const api = fakeApi({
      "GET /seller/demand-offers": { body: { items: [offer()] } },
      [`GET /demands/${DEMAND_ID}`]: { body: { demand: demand() } },
      [`POST /seller/demand-offers/${OFFER_ID}/withdraw`]: { status: 409, body: { error: { code: "conflict", message: "x" } } },
    });
    const user = userEvent.setup();
    renderWithApp(<MyOffers />);
    await user.click(await screen.findByRole("button", { name: "Rút chào giá" }));
    const dialog = screen.getByRole("dialog", { name: "Rút chào giá này?" });
    await user.click(within(dialog).getByRole("button", { name: "Huỷ" }));
    expect(api.callsTo("POST", `/seller/demand-offers/${OFFER_ID}/withdraw`)).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Rút chào giá" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Rút chào giá" }));
    expect(await within(screen.getByRole("dialog")).findByRole("alert")).toHaveTextContent(/vừa đổi trạng thái/);
    expect(api.callsTo("POST", `/seller/demand-offers/${OFFER_ID}/withdraw`)[0]!.body).toEqual({});
  });

  it("offers no moves on a declined offer and shows the buyer's reason", async () => {
    fakeApi({
      "GET /seller/demand-offers": { body: { items: [offer({ status: "declined", declineReason: "Giá cao hơn ngân sách" })] } },
      [`GET /demands/${DEMAND_ID}`]: { body: { demand: demand() } },
    });
    renderWithApp(<MyOffers />);
    expect(await screen.findByText("Bên mua từ chối: Giá cao hơn ngân sách")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Rút chào giá" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Trả giá" })).toBeNull();
  });
});
