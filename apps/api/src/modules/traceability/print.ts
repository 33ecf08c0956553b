import { formatDateTime } from "@chophien/contracts";
import { drawQr, finish, newDoc } from "./pdf";

export type Lang = "vi" | "en";

/** The poster's words in both languages (what a stall hangs at its market table). */
const POSTER_TEXT = {
  vi: {
    title: "Quét mã để xem gian hàng trên Chợ Phiên",
    producer: "Người sản xuất",
    province: "Tỉnh/thành",
    ocop: (stars: string, year: number | null) => `Sản phẩm OCOP ${stars}${year ? ` — công nhận năm ${year}` : ""}`,
    code: "Mã gian hàng (gõ tay nếu không quét được)",
    pay: "Chỉ thanh toán qua Chợ Phiên (VNPay/COD)",
    printed: "In lúc",
  },
  en: {
    title: "Scan to visit this stall on Chợ Phiên",
    producer: "Producer",
    province: "Province",
    ocop: (stars: string, year: number | null) => `OCOP product ${stars}${year ? ` — certified in ${year}` : ""}`,
    code: "Stall code (type it if the camera cannot scan)",
    pay: "Pay only through Chợ Phiên (VNPay/COD)",
    printed: "Printed",
  },
} as const;

export interface PosterFacts {
  stallName: string;
  producer: string;
  province: string;
  /** The stall's best OCOP rating among its public products, with the year it was recognised. */
  ocop: { stars: number; year: number | null } | null;
  url: string;
  /** Typed into the site's search when no camera is at hand (the stall's slug). */
  manualCode: string;
  printedAt: Date;
}

/** A stall's poster: name, producer, province, OCOP stars, a big QR, its URL and manual code, how to pay, print date. */
export function renderPoster(f: PosterFacts, lang: Lang, size: "a4" | "a5"): Promise<Buffer> {
  const t = POSTER_TEXT[lang];
  const doc = newDoc(size === "a4" ? "A4" : "A5", f.stallName);
  const k = size === "a4" ? 1 : 0.7;
  const width = doc.page.width - 72;
  doc
    .font("bold")
    .fontSize(30 * k)
    .text(f.stallName, { align: "center" });
  doc
    .moveDown(0.3)
    .font("regular")
    .fontSize(13 * k)
    .text(t.title, { align: "center" });
  const qr = 300 * k;
  const top = doc.y + 12;
  drawQr(doc, f.url, (doc.page.width - qr) / 2, top, qr);
  doc.y = top + qr + 8;
  doc.x = 36;
  doc.fontSize(14 * k).text(f.url, { align: "center", width });
  doc
    .moveDown(0.2)
    .fontSize(10 * k)
    .text(`${t.code}:`, { align: "center", width });
  doc
    .font("bold")
    .fontSize(14 * k)
    .text(f.manualCode, { align: "center", width });
  doc
    .moveDown(0.6)
    .font("regular")
    .fontSize(13 * k);
  doc.text(`${t.producer}: ${f.producer}`, { align: "center", width });
  doc.text(`${t.province}: ${f.province}`, { align: "center", width });
  if (f.ocop) doc.text(t.ocop("★".repeat(f.ocop.stars), f.ocop.year), { align: "center", width });
  doc
    .moveDown(0.6)
    .font("bold")
    .fontSize(15 * k)
    .fillColor("#b3261e")
    .text(t.pay, { align: "center", width });
  doc
    .fillColor("#000000")
    .font("regular")
    .fontSize(9 * k);
  doc.text(`${t.printed}: ${formatDateTime(f.printedAt, lang)} (GMT+7)`, 36, doc.page.height - 36 - 12 * k, {
    align: "center",
    width,
  });
  return finish(doc);
}

export interface LabelFacts {
  productName: string;
  stallName: string;
  lot: string;
  code: string;
  producedOn: string;
  bestBefore: string | null;
  traceUrl: string;
}

/** Labels per A4 sheet: 3 across, 8 down, 70 × 37 mm each (the common sticker sheet). */
const COLS = 3;
const ROWS = 8;
/** At most this many labels in one PDF (ten sheets); a bigger batch prints it again. */
export const MAX_LABELS = COLS * ROWS * 10;

const dmy = (iso: string) => iso.split("-").reverse().join("/");

/** Sheets of small labels for a batch's packages: QR, product, lot, code and dates on each (both languages, short). */
export function renderLabels(f: LabelFacts, count: number): Promise<Buffer> {
  const doc = newDoc("A4", `${f.productName} — ${f.lot}`);
  const mm = 72 / 25.4;
  const w = 70 * mm;
  const h = 37 * mm;
  const left = (doc.page.width - COLS * w) / 2;
  const top = (doc.page.height - ROWS * h) / 2;
  const n = Math.min(count, MAX_LABELS);
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % (COLS * ROWS) === 0) doc.addPage();
    const x = left + (i % COLS) * w;
    const y = top + Math.floor((i % (COLS * ROWS)) / COLS) * h;
    const qr = h - 4 * mm;
    drawQr(doc, f.traceUrl, x + 2 * mm, y + 2 * mm, qr);
    const tx = x + qr + 3 * mm;
    const tw = w - qr - 5 * mm;
    doc
      .font("bold")
      .fontSize(7.5)
      .text(f.productName, tx, y + 3 * mm, { width: tw, height: 18, ellipsis: true });
    doc.font("regular").fontSize(6).text(f.stallName, { width: tw, height: 9, ellipsis: true });
    doc.text(`Lô/Lot: ${f.lot}`, { width: tw });
    doc.text(`SX/Made: ${dmy(f.producedOn)}`, { width: tw });
    if (f.bestBefore) doc.text(`HSD/Best before: ${dmy(f.bestBefore)}`, { width: tw });
    doc.font("bold").fontSize(7).text(f.code, { width: tw });
  }
  return finish(doc);
}
