import crypto from "node:crypto";

// Crockford's base32 without I, L, O, U: nothing to misread over the phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A human order code `CP-YYYYMMDD-XXXX`, the date in GMT+7 (the unique index catches the rare clash). */
export function newOrderCode(now: Date): string {
  const vn = new Date(now.getTime() + 7 * 3600 * 1000);
  const date = vn.toISOString().slice(0, 10).replace(/-/g, "");
  const suffix = Array.from(crypto.randomBytes(4), (b) => ALPHABET[b % 32]).join("");
  return `CP-${date}-${suffix}`;
}
