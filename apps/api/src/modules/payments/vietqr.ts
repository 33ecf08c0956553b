/**
 * VietQR (NAPAS 247 "QR chuyển nhanh") payloads: EMVCo Merchant-Presented QR, tag-length-value, with the
 * beneficiary's bank BIN and account in tag 38 (GUID A000000727, service QRIBFTTA = transfer to an account),
 * the amount in tag 54, the transfer note in tag 62/08 and a CRC-16/CCITT-FALSE over everything in tag 63.
 */
export interface VietQrInput {
  /** NAPAS bank BIN, 6 digits (970436 = Vietcombank). */
  bankBin: string;
  accountNo: string;
  /** đồng, a positive integer */
  amount: number;
  /** The transfer note the payer's banking app fills in (ASCII, at most 25 characters). */
  note: string;
}

export const NAPAS_GUID = "A000000727";
export const SERVICE_TO_ACCOUNT = "QRIBFTTA";

/** One TLV field: two-digit tag, two-digit length, value. */
function tlv(tag: string, value: string): string {
  if (value.length > 99) throw new Error(`VietQR field ${tag} is longer than 99 characters`);
  return tag + String(value.length).padStart(2, "0") + value;
}

/** CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

/** Builds the dynamic (point-of-initiation 12) VietQR string for one transfer. */
export function vietQrPayload(q: VietQrInput): string {
  if (!/^\d{6}$/.test(q.bankBin)) throw new Error("VietQR bank BIN must be 6 digits");
  if (!/^[0-9A-Za-z]{1,19}$/.test(q.accountNo)) throw new Error("VietQR account number must be 1–19 letters or digits");
  if (!Number.isSafeInteger(q.amount) || q.amount <= 0) throw new Error("VietQR amount must be a positive integer");
  if (!/^[ -~]{1,25}$/.test(q.note)) throw new Error("VietQR note must be 1–25 ASCII characters");
  const beneficiary = tlv("00", q.bankBin) + tlv("01", q.accountNo);
  const merchant = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", SERVICE_TO_ACCOUNT);
  const body =
    tlv("00", "01") +
    tlv("01", "12") +
    tlv("38", merchant) +
    tlv("53", "704") +
    tlv("54", String(q.amount)) +
    tlv("58", "VN") +
    tlv("62", tlv("08", q.note)) +
    "6304";
  return body + crc16(body);
}

/** The note a bank transfer for an order carries: the order code without dashes (banks drop punctuation). */
export function transferNote(orderCode: string): string {
  return orderCode.replace(/[^0-9A-Za-z]/g, "").toUpperCase();
}

/** Finds the order note in what a bank reports as the transfer content (banks add prefixes, spaces, dashes). */
export function noteIn(content: string): string | undefined {
  const flat = content.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return /CP\d{8}[0-9A-Z]{8}/.exec(flat)?.[0];
}
