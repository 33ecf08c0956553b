import { ORDER_INFO_MAX_LENGTH } from "./constants";

// Letters, digits, space and punctuation every URL encoder agrees on. `!'()*~` are out because
// encoders disagree on them (a signature mismatch waiting to happen), and `+` because naive decoders
// turn it into a space.
const DISALLOWED = /[^A-Za-z0-9 .,:;_\-/#]/g;

/**
 * Makes free text safe for vnp_OrderInfo: Vietnamese diacritics removed (đ → d), characters outside
 * `[A-Za-z0-9 .,:;_-/#]` dropped, whitespace collapsed, cut to 255 characters.
 */
export function sanitizeOrderInfo(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/\s+/g, " ")
    .replace(DISALLOWED, "")
    .replace(/ {2,}/g, " ")
    .trim()
    .slice(0, ORDER_INFO_MAX_LENGTH)
    .trimEnd();
}
