import PDFDocument from "pdfkit";
import QRCode from "qrcode";

/**
 * DejaVu Sans (Bitstream Vera licence, free to embed and redistribute; from the `dejavu-fonts-ttf` package) has
 * every Vietnamese letter precomposed — ă â đ ê ô ơ ư with all five tones — and ★, so text comes out as typed
 * and stays extractable. pdfkit embeds only the glyphs used.
 */
const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

export type Doc = InstanceType<typeof PDFDocument>;

/** A new PDF with the two faces registered as "regular" and "bold". */
export function newDoc(size: "A4" | "A5", title: string): Doc {
  const doc = new PDFDocument({ size, margin: 36, info: { Title: title, Producer: "Chợ Phiên" } });
  doc.registerFont("regular", FONT);
  doc.registerFont("bold", FONT_BOLD);
  return doc.font("regular");
}

/** The finished document's bytes. */
export function finish(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.end();
  return done;
}

/**
 * Draws `url` as a vector QR code (error correction Q, 4-module quiet zone included in `size`), so it prints
 * sharp at any size.
 */
export function drawQr(doc: Doc, url: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "Q" });
  const n = modules.size;
  const cell = size / (n + 8);
  doc.save().rect(x, y, size, size).fill("#ffffff").fillColor("#000000");
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) if (modules.data[r * n + c]) doc.rect(x + (c + 4) * cell, y + (r + 4) * cell, cell, cell);
  doc.fill().restore();
}
