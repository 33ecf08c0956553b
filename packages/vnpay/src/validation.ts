import { isIP } from "node:net";
import { formatVnpDate, isVnpDate } from "./dates";
import { VNPayInvalidRequestError } from "./errors";

/** Throws VNPayInvalidRequestError naming `param`. */
export function invalid(param: string, message: string, code = "parameter_invalid"): never {
  throw new VNPayInvalidRequestError({ message: `${param}: ${message}`, code, param });
}

/** A string matching `pattern`, or a VNPayInvalidRequestError that says what was expected. */
export function matching(value: unknown, param: string, pattern: RegExp, expected: string): string {
  if (typeof value !== "string" || !pattern.test(value)) invalid(param, `expected ${expected}, got ${JSON.stringify(value)}`);
  return value;
}

/** An IPv4 or IPv6 address (Express's `::ffff:1.2.3.4` included). */
export function ipAddress(value: unknown, param: string): string {
  if (typeof value !== "string" || isIP(value) === 0) invalid(param, `expected an IP address, got ${JSON.stringify(value)}`);
  return value;
}

/** An absolute http(s) URL of at most `maxLength` characters. */
export function httpUrl(value: unknown, param: string, maxLength: number): string {
  if (typeof value !== "string" || !URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    invalid(param, `expected an absolute http(s) URL, got ${JSON.stringify(value)}`);
  }
  if (value.length > maxLength) invalid(param, `must be at most ${maxLength} characters`);
  return value;
}

/** A GMT+7 `yyyyMMddHHmmss` string, accepting a Date for convenience. */
export function vnpDate(value: unknown, param: string): string {
  if (value instanceof Date) return formatVnpDate(value);
  if (typeof value !== "string" || !isVnpDate(value))
    invalid(param, `expected yyyyMMddHHmmss (GMT+7) or a Date, got ${JSON.stringify(value)}`);
  return value;
}

/** A non-empty string of at most `maxLength` characters. */
export function text(value: unknown, param: string, maxLength: number): string {
  if (typeof value !== "string" || value.trim() === "") invalid(param, "is required");
  if (value.length > maxLength) invalid(param, `must be at most ${maxLength} characters`);
  return value;
}
