import { ApiError, formatDateTime } from "@chophien/web";
import i18n from "@/app/i18n";
import { demand, offer } from "./demand-fixtures";
import {
  canCounter,
  countersLeft,
  maxOfferQuantity,
  moveRefusal,
  offerRefusal,
  parseOffer,
  retryWait,
  takesOffers,
  typedInt,
} from "./offer-rules";

const t = i18n.t.bind(i18n);
const ctx = (now: Date) => ({
  t,
  dateTime: (iso: string) => formatDateTime(iso, "vi"),
  number: (n: number) => n.toLocaleString("vi-VN"),
  now,
});
const refused = (status: number, code: string, retryAfter: number | null = null) =>
  new ApiError(status, { code, message: "server words" }, retryAfter);
const round = (n: number) => ({ round: n, by: "stall" as const, unitPrice: 1, quantity: 1, message: "m", createdAt: "" });

describe("the offer rules", () => {
  it("caps an offer at the demand's quantity and tolerance, rounded down like the API", () => {
    expect(maxOfferQuantity({ quantity: 1200, tolerancePct: 10 })).toBe(1320);
    expect(maxOfferQuantity({ quantity: 7, tolerancePct: 15 })).toBe(8);
    expect(maxOfferQuantity({ quantity: 50, tolerancePct: 0 })).toBe(50);
  });

  it("takes offers only while open and before the deadline", () => {
    const before = new Date("2027-01-20T09:59:59Z");
    expect(takesOffers(demand(), before)).toBe(true);
    expect(takesOffers(demand(), new Date("2027-01-20T10:00:00Z"))).toBe(false);
    expect(takesOffers(demand({ status: "closed" }), before)).toBe(false);
  });

  it("allows five counters after the offer itself, only while the offer is open or shortlisted", () => {
    const six = offer({ rounds: [1, 2, 3, 4, 5, 6].map(round) });
    expect(countersLeft(offer())).toBe(5);
    expect(canCounter(offer({ status: "shortlisted" }))).toBe(true);
    expect(countersLeft(six)).toBe(0);
    expect(canCounter(six)).toBe(false);
    expect(canCounter(offer({ status: "withdrawn" }))).toBe(false);
  });

  it("turns Retry-After into the moment and the wait, rounded up to the minute", () => {
    const now = new Date("2026-12-04T11:47:30Z"); // 18:47:30 in GMT+7: 5 h 12 min 30 s to midnight.
    expect(retryWait(18_750, now)).toEqual({ at: new Date("2026-12-04T17:00:00Z"), hours: 5, minutes: 13 });
    expect(retryWait(20, now)).toMatchObject({ hours: 0, minutes: 1 });
  });

  it("says why an offer was refused, by status, never with the server's English", () => {
    const now = new Date("2026-12-04T11:47:30Z");
    expect(offerRefusal(refused(429, "rate_limited", 18_750), demand(), ctx(now))).toBe(
      "Hôm nay gian hàng đã gửi đủ số chào giá cho phép. Gửi tiếp được từ 00:00 05/12/2026 (GMT+7), khoảng 5 giờ 13 phút nữa.",
    );
    expect(offerRefusal(refused(429, "rate_limited"), demand(), ctx(now))).toMatch(/Ngày mai \(GMT\+7\)/);
    expect(offerRefusal(refused(409, "conflict"), demand(), ctx(now))).toMatch(/đã có một chào giá đang mở/);
    expect(offerRefusal(refused(409, "conflict"), demand({ status: "expired" }), ctx(now))).toMatch(/đã đóng hoặc hết hạn/);
    expect(offerRefusal(refused(422, "unprocessable"), demand(), ctx(now))).toBe(
      "Số lượng vượt mức nhu cầu nhận: tối đa 1.320 kg.",
    );
    expect(offerRefusal(refused(403, "forbidden"), demand(), ctx(now))).toMatch(/chính tổ chức mình/);
    expect(offerRefusal(new TypeError("Failed to fetch"), demand(), ctx(now))).toMatch(/Không kết nối được/);
    expect(moveRefusal(refused(422, "unprocessable"), t)).toBe("Đã hết lượt trả giá: mỗi chào giá có tối đa 5 lần trả giá.");
    expect(moveRefusal(refused(409, "conflict"), t)).toMatch(/vừa đổi trạng thái/);
  });

  it("reads typed integers with thousands dots and checks the form against the contract", () => {
    expect(typedInt("120.000")).toBe(120000);
    expect(typedInt(" ")).toBeUndefined();
    expect(parseOffer({ quantity: "1.000", unitPrice: "205.000", message: " Giao Đông Hà ", deliveries: [] }, t)).toEqual({
      ok: true,
      body: { quantity: 1000, unitPrice: 205000, message: "Giao Đông Hà" },
    });
    const bad = parseOffer(
      {
        quantity: "",
        unitPrice: "abc",
        message: "",
        deliveries: [
          { key: 1, from: "2027-01-10", to: "2027-01-05", quantity: "400" },
          { key: 2, from: "", to: "2027-02-01", quantity: "0" },
        ],
      },
      t,
    );
    expect(bad).toEqual({
      ok: false,
      errors: {
        quantity: "Vui lòng điền mục này",
        unitPrice: "Vui lòng nhập một số",
        message: "Vui lòng điền mục này",
        "deliveries.0.to": "Ngày kết thúc phải từ ngày bắt đầu trở đi.",
        "deliveries.1.from": "Vui lòng điền mục này",
        "deliveries.1.quantity": expect.stringContaining("1"),
      },
    });
  });
});
