// VNPay timestamps are wall-clock GMT+7 with no zone marker. We shift the epoch by +7 h and read it
// with UTC getters, so the result never depends on the server's TZ (local getters would).
const GMT7_OFFSET_MS = 7 * 60 * 60 * 1000;
const VNP_DATE_PATTERN = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

const pad2 = (n: number): string => n.toString().padStart(2, "0");

/** Formats an instant as VNPay's `yyyyMMddHHmmss` in GMT+7, whatever the process time zone. */
export function formatVnpDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Cannot format an invalid Date for VNPay");
  const shifted = new Date(date.getTime() + GMT7_OFFSET_MS);
  return (
    shifted.getUTCFullYear().toString().padStart(4, "0") +
    pad2(shifted.getUTCMonth() + 1) +
    pad2(shifted.getUTCDate()) +
    pad2(shifted.getUTCHours()) +
    pad2(shifted.getUTCMinutes()) +
    pad2(shifted.getUTCSeconds())
  );
}

/** Parses a GMT+7 `yyyyMMddHHmmss` string to the instant it names; `undefined` if malformed or impossible (e.g. 31 Feb). */
export function parseVnpDate(value: string): Date | undefined {
  const match = VNP_DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s) - GMT7_OFFSET_MS);
  // Date.UTC silently rolls 20240231 over to March; a round trip catches that.
  return formatVnpDate(date) === value ? date : undefined;
}

/** True when `value` is a well-formed, real `yyyyMMddHHmmss` timestamp. */
export function isVnpDate(value: string): boolean {
  return parseVnpDate(value) !== undefined;
}
