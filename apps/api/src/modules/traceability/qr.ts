import QRCode from "qrcode";

/**
 * QR codes for print: error correction Q (a quarter of the code can be scratched or covered by a sticker's
 * fold and it still reads) and the 4-module quiet zone ISO/IEC 18004 asks for, so cameras find it on busy labels.
 */
const OPTIONS = { errorCorrectionLevel: "Q", margin: 4 } as const;

/** A PNG of `url`, `scale` pixels per module (8 prints sharply at about 3 cm). */
export const qrPng = (url: string, scale = 8): Promise<Buffer> => QRCode.toBuffer(url, { ...OPTIONS, type: "png", scale });

/** An SVG of `url` (scales to any size without blur). */
export const qrSvg = (url: string): Promise<string> => QRCode.toString(url, { ...OPTIONS, type: "svg" });

/** The public pages a QR code can open (absolute, from PUBLIC_URL). */
export const publicPage = {
  trace: (base: string, code: string) => `${base}/t/${code}`,
  stall: (base: string, slug: string) => `${base}/gian-hang/${encodeURIComponent(slug)}`,
  product: (base: string, slug: string) => `${base}/san-pham/${encodeURIComponent(slug)}`,
};
