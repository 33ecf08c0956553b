import { toQueryString, type QueryParams } from "@chophien/web";
import type { BuyNowLine } from "./buy-now";

/**
 * Every page's URL in one place. Paths are Vietnamese, like the shop's words, so a link shared on Zalo
 * reads naturally: /san-pham/ca-phe-khe-sanh, /gian-hang/htx-ca-phe-huong-hoa.
 */
export const paths = {
  home: () => "/",
  search: (params: QueryParams = {}) => `/tim-kiem${toQueryString(params)}`,
  product: (slug: string) => `/san-pham/${encodeURIComponent(slug)}`,
  stalls: () => "/gian-hang",
  stall: (slug: string, params: QueryParams = {}) => `/gian-hang/${encodeURIComponent(slug)}${toQueryString(params)}`,
  cart: () => "/gio-hang",
  /** Checkout of the cart, or with `buyNow` of that one product alone ("Mua ngay"). */
  checkout: (buyNow?: BuyNowLine) =>
    `/thanh-toan${toQueryString(buyNow ? { "mua-ngay": buyNow.productId, "so-luong": buyNow.quantity } : {})}`,
  login: (next?: string) => `/dang-nhap${toQueryString({ next })}`,
  forgotPassword: () => "/quen-mat-khau",
  /** The mailed one-time sign-in link (the API builds it: `#token=…`). */
  signInLink: () => "/dang-nhap/lien-ket",
  register: (next?: string) => `/dang-ky${toQueryString({ next })}`,
  account: () => "/tai-khoan",
  orders: () => "/don-hang",
  order: (code: string, params: QueryParams = {}) => `/don-hang/${encodeURIComponent(code)}${toQueryString(params)}`,
  /** Finding an order by its code and phone, no account needed (`ma` prefills the code). */
  lookup: (code?: string) => `/tra-cuu-don-hang${toQueryString({ ma: code })}`,
  paymentResult: (code: string) => `/don-hang/${encodeURIComponent(code)}/ket-qua`,
  /** A batch's trace page, what its QR code holds (a short, language-neutral path for labels). */
  trace: (code: string) => `/t/${encodeURIComponent(code)}`,
  /** Live selling sessions (the word viewers use on TikTok and Facebook). */
  lives: () => "/live",
  live: (slug: string) => `/live/${encodeURIComponent(slug)}`,
  /** The supply–demand board: businesses' wholesale demands (q, category, province, status, page). */
  demands: (params: QueryParams = {}) => `/nhu-cau${toQueryString(params)}`,
  demand: (id: string) => `/nhu-cau/${encodeURIComponent(id)}`,
  /** The youth union's supply–demand forums and fairs (`khi=da-qua` for past ones). */
  events: (params: QueryParams = {}) => `/su-kien${toQueryString(params)}`,
  event: (slug: string) => `/su-kien/${encodeURIComponent(slug)}`,
  /** The buyer's organisation (register, its verification). */
  myOrganisation: () => "/tai-khoan/doanh-nghiep",
  myDemands: () => "/tai-khoan/nhu-cau",
  newDemand: () => "/tai-khoan/nhu-cau/dang-moi",
  /** One of my demands with its offers, to shortlist, counter, award or decline. */
  myDemand: (id: string) => `/tai-khoan/nhu-cau/${encodeURIComponent(id)}`,
  console: () => "/console/",
  /** Where a stall answers demands (in the console). */
  sellerDemands: () => "/console/seller/demands",
  /** The stall application (in the console; it asks to sign in first). */
  openStall: () => "/console/stall",
} as const;

/** Only same-site paths are followed after sign-in, so `?next=https://evil` cannot bounce a shopper away. */
export function safeNext(next: string | null | undefined, fallback = "/"): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : fallback;
}
