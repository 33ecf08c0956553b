import crypto from "node:crypto";
import type { PublicTrace, StallOrder } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StallOrderCard } from "@/features/orders/components/stall-order-card";
import { renderPage } from "@/test/render";
import { TraceView } from "./trace-view";

const CODE = "7KQ2M9XD4T";
/** Events chained here with Node's own SHA-256 and the documented canonical JSON (keys in sorted order). */
function chained(events: Omit<PublicTrace["events"][number], "seq" | "prevHash" | "hash">[]): PublicTrace["events"] {
  let prev = "0".repeat(64);
  return events.map((e, i) => {
    const body = JSON.stringify({
      batch: CODE,
      note: e.note,
      occurredAt: e.occurredAt,
      photo: e.photoHash,
      place: e.place,
      recordedAt: e.recordedAt,
      seq: i + 1,
      type: e.type,
    });
    const hash = crypto
      .createHash("sha256")
      .update(prev + body)
      .digest("hex");
    const out = { ...e, seq: i + 1, prevHash: prev, hash };
    prev = hash;
    return out;
  });
}
const trace = (over: Partial<PublicTrace> = {}): PublicTrace => ({
  product: { name: "Mật ong rừng Hướng Phùng", slug: "mat-ong-rung" },
  stall: { name: "HTX Mật ong Hướng Phùng", slug: "htx-mat-ong", province: { slug: "quang-tri", name: "Quảng Trị" } },
  batch: {
    code: CODE,
    traceUrl: `https://cho.example.vn/t/${CODE}`,
    lot: "MO-2026-11",
    producedOn: "2026-11-20",
    bestBefore: "2027-11-20",
    quantity: 40,
    unit: "hũ 500 ml",
    inputs: [{ name: "Phân hữu cơ vi sinh", supplier: "HTX Hướng Phùng", lot: "PB-7", appliedOn: "2026-08-01" }],
    note: null,
  },
  events: chained([
    {
      type: "harvest",
      occurredAt: "2026-11-20T00:30:00.000Z",
      recordedAt: "2026-11-20T01:00:00.000Z",
      place: "Rừng tràm Hướng Phùng",
      note: "Quay mật, độ ẩm 19%",
      photo: null,
      photoHash: null,
    },
    {
      type: "packing",
      occurredAt: "2026-11-21T02:00:00.000Z",
      recordedAt: "2026-11-21T02:05:00.000Z",
      place: null,
      note: 'Đóng hũ "500 ml"',
      photo: null,
      photoHash: null,
    },
  ]),
  certificates: [],
  scans: { opens: 12 },
  ...over,
});

describe("the public trace page", () => {
  it("shows the lot, its inputs and the timeline in GMT+7, and says the chain was rechecked on the device", async () => {
    const t0 = trace();
    renderPage(<TraceView trace={t0} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Mật ong rừng Hướng Phùng");
    expect(screen.getByText("MO-2026-11")).toBeInTheDocument();
    expect(screen.getByText("20/11/2026")).toBeInTheDocument();
    expect(screen.getByText("Phân hữu cơ vi sinh")).toBeInTheDocument();
    expect(screen.getByText(/Nhà cung cấp: HTX Hướng Phùng · Lô: PB-7 · Ngày dùng: 01\/08\/2026/)).toBeInTheDocument();
    const events = screen.getAllByTestId("trace-event");
    expect(events).toHaveLength(2);
    expect(within(events[0]!).getByText("Thu hoạch")).toBeInTheDocument();
    expect(within(events[0]!).getByText("07:30 20/11/2026")).toBeInTheDocument();
    const verdict = await screen.findByText(/chuỗi mã băm của 2 sự kiện nguyên vẹn/);
    expect(verdict.closest("[data-chain]")).toHaveAttribute("data-chain", "intact");
    // The last hash is shown, so a shopper can compare it with a printed or shared one.
    expect(verdict.closest("[data-chain]")).toHaveTextContent(t0.events[1]!.hash.slice(0, 12));
    expect(screen.getByText("Số lần trang này được mở: 12")).toBeInTheDocument();
  });

  it("says where the chain breaks when an event was edited after it was recorded", async () => {
    const t = trace();
    t.events[1] = { ...t.events[1]!, note: "Đóng hũ 250 ml" };
    renderPage(<TraceView trace={t} />);
    expect(await screen.findByRole("alert")).toHaveTextContent("chuỗi mã băm bị đứt tại sự kiện #2");
  });

  it("reads in English", async () => {
    const { default: i18n } = await import("@/app/i18n");
    await i18n.changeLanguage("en");
    renderPage(<TraceView trace={trace()} />);
    expect(screen.getByText("Harvest")).toBeInTheDocument();
    expect(await screen.findByText(/the hash chain of all 2 events is intact/)).toBeInTheDocument();
  });

  it("sends a problem report and thanks; too many reports are explained", async () => {
    const api = fakeApi({ [`POST /trace/${CODE}/reports`]: { status: 201, body: { report: { id: crypto.randomUUID() } } } });
    renderPage(<TraceView trace={trace()} />);
    await userEvent.click(screen.getByText("Báo cáo vấn đề"));
    await userEvent.type(screen.getByLabelText("Vấn đề bạn gặp"), "abc");
    await userEvent.click(screen.getByRole("button", { name: "Gửi báo cáo" }));
    expect(screen.getByText("Hãy viết ít nhất 5 ký tự.")).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
    await userEvent.type(screen.getByLabelText("Vấn đề bạn gặp"), " — hũ bị vỡ niêm phong");
    await userEvent.type(screen.getByLabelText(/Số điện thoại/), "0905123456");
    await userEvent.click(screen.getByRole("button", { name: "Gửi báo cáo" }));
    expect(await screen.findByText(/Ban quản lý chợ đã nhận báo cáo/)).toHaveAttribute("role", "status");
    expect(api.calls.at(-1)?.body).toEqual({ message: "abc — hũ bị vỡ niêm phong", contact: "0905123456" });
  });

  it("explains the rate limit", async () => {
    fakeApi({
      [`POST /trace/${CODE}/reports`]: { status: 429, body: { error: { code: "rate_limited", message: "Too many" } } },
    });
    renderPage(<TraceView trace={trace()} />);
    await userEvent.click(screen.getByText("Báo cáo vấn đề"));
    await userEvent.type(screen.getByLabelText("Vấn đề bạn gặp"), "Nhãn bị dán đè");
    await userEvent.click(screen.getByRole("button", { name: "Gửi báo cáo" }));
    expect(await screen.findByText(/thử lại sau một giờ/)).toBeInTheDocument();
  });
});

describe("the buyer's order", () => {
  const part = (traceCode: string | null): StallOrder => ({
    id: "11111111-1111-4111-8111-111111111111",
    orderCode: "CP-20261128-7Q4K",
    stall: { id: "22222222-2222-4222-8222-222222222222", slug: "htx-mat-ong", name: "HTX Mật ong" },
    status: "shipped",
    subtotal: 240000,
    shippingFee: 0,
    commission: 12000,
    discount: 0,
    carrier: "Viettel Post",
    trackingNumber: "VTP1",
    trackingUrl: null,
    cancelReason: null,
    items: [
      {
        id: "33333333-3333-4333-8333-333333333333",
        productId: "44444444-4444-4444-8444-444444444444",
        productSlug: "mat-ong-rung",
        name: "Mật ong rừng",
        unit: "hũ",
        unitPrice: 120000,
        quantity: 2,
        lineTotal: 240000,
        discount: 0,
        thumbnail: null,
        reviewed: false,
        traceCode,
        batches: traceCode ? [{ code: traceCode, lot: "MO-1", quantity: 2 }] : [],
      },
    ],
    actions: [],
    createdAt: "2026-11-28T03:00:00.000Z",
  });

  it("links an item shipped from a batch to its trace page, and nothing else", () => {
    renderPage(<StallOrderCard part={part(CODE)} events={[]} />);
    expect(screen.getByRole("link", { name: "Xem nguồn gốc" })).toHaveAttribute("href", `/t/${CODE}`);
    renderPage(<StallOrderCard part={part(null)} events={[]} />, {});
    expect(screen.getAllByRole("link", { name: "Xem nguồn gốc" })).toHaveLength(1);
  });
});
