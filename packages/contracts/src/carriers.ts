import { foldVietnamese } from "./text";

/** A delivery company a seller can hand a parcel to, with the page where a buyer follows it. */
export interface Carrier {
  code: string;
  name: string;
  /** The public tracking page; `{code}` is replaced by the tracking number (URL-encoded). */
  trackingUrl: string;
}

/** The carriers Vietnamese sellers use most, in the ship dialog's order. */
export const CARRIERS: readonly Carrier[] = [
  { code: "ghn", name: "GHN", trackingUrl: "https://donhang.ghn.vn/?order_code={code}" },
  { code: "ghtk", name: "GHTK", trackingUrl: "https://i.ghtk.vn/{code}" },
  { code: "viettel-post", name: "Viettel Post", trackingUrl: "https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/?key={code}" },
  { code: "vnpost", name: "VNPost", trackingUrl: "https://vnpost.vn/tra-cuu-hanh-trinh/buu-pham?key={code}" },
  { code: "jt-express", name: "J&T Express", trackingUrl: "https://jtexpress.vn/vi/tracking?type=track&billcode={code}" },
  { code: "ninja-van", name: "Ninja Van", trackingUrl: "https://www.ninjavan.co/vi-vn/tracking?id={code}" },
  { code: "best-express", name: "Best Express", trackingUrl: "https://best-inc.vn/track?bills={code}" },
  { code: "spx", name: "SPX Express", trackingUrl: "https://spx.vn/track?{code}" },
  { code: "ahamove", name: "Ahamove", trackingUrl: "https://cloud.ahamove.com/share-order/{code}" },
];

const key = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]/g, "");
const ALIASES: Record<string, string> = {
  giaohangnhanh: "ghn",
  giaohangtietkiem: "ghtk",
  viettelpost: "viettel-post",
  vietnampost: "vnpost",
  buudien: "vnpost",
  jt: "jt-express",
  jtexpress: "jt-express",
  ninjavan: "ninja-van",
  best: "best-express",
  bestexpress: "best-express",
  shopeeexpress: "spx",
};

/**
 * The known carrier a stored carrier value names (its code, its name or a common spelling such as "Giao Hàng
 * Nhanh"), or undefined for free text written before the list existed — shown as it was typed, with no link.
 */
export function carrierOf(value: string | null | undefined): Carrier | undefined {
  if (!value) return undefined;
  const k = key(value);
  const code = ALIASES[k] ?? k;
  return CARRIERS.find((c) => key(c.code) === code || key(c.name) === k || c.code === code);
}

/** The buyer's tracking link for a parcel, or null when the carrier is not one we know. */
export function trackingUrlOf(carrier: string | null | undefined, trackingNumber: string | null | undefined): string | null {
  const c = carrierOf(carrier);
  if (!c || !trackingNumber) return null;
  return c.trackingUrl.replace("{code}", encodeURIComponent(trackingNumber.trim()));
}
