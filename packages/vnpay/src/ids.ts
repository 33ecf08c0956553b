import { randomBytes, randomUUID } from "node:crypto";
import { formatVnpDate } from "./dates";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Random uppercase alphanumerics; modulo bias over 256 is irrelevant for uniqueness tokens. */
function randomAlphanumeric(length: number): string {
  return Array.from(randomBytes(length), (byte) => ALPHABET[byte % ALPHABET.length]).join("");
}

/** A vnp_TxnRef that is unique per day and readable in VNPay's merchant portal: GMT+7 `yyMMddHHmmss` + 8 random chars. */
export function generateTxnRef(now: Date): string {
  return formatVnpDate(now).slice(2) + randomAlphanumeric(8);
}

/** A vnp_RequestId for querydr/refund: 32 hex characters, the field's maximum. */
export function generateRequestId(): string {
  return randomUUID().replace(/-/g, "");
}
