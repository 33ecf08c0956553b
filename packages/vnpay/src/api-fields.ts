// The pipe-joined field lists VNPay signs on its querydr/refund JSON API. This is the ONE place they
// live: the SDK signs requests and verifies answers with them, the sandbox does the reverse.
import { hmacSha512, safeEqualHex } from "./signing";

/** The two commands of `/merchant_webapi/api/transaction`. */
export type ApiCommand = "querydr" | "refund";

/** A JSON message of the transaction API, every value already a string. */
export type ApiMessage = Readonly<Record<string, string | undefined>>;

const QUERYDR_REQUEST_FIELDS = [
  "vnp_RequestId",
  "vnp_Version",
  "vnp_Command",
  "vnp_TmnCode",
  "vnp_TxnRef",
  "vnp_TransactionDate",
  "vnp_CreateDate",
  "vnp_IpAddr",
  "vnp_OrderInfo",
] as const;

const REFUND_REQUEST_FIELDS = [
  "vnp_RequestId",
  "vnp_Version",
  "vnp_Command",
  "vnp_TmnCode",
  "vnp_TransactionType",
  "vnp_TxnRef",
  "vnp_Amount",
  "vnp_TransactionNo",
  "vnp_TransactionDate",
  "vnp_CreateBy",
  "vnp_CreateDate",
  "vnp_IpAddr",
  "vnp_OrderInfo",
] as const;

// Taken from public integrations (and the `vnpay` npm package), not from VNPay's own text; the spec
// asks to keep it in one place so a correction is a one-line change.
const REFUND_RESPONSE_FIELDS = [
  "vnp_ResponseId",
  "vnp_Command",
  "vnp_ResponseCode",
  "vnp_Message",
  "vnp_TmnCode",
  "vnp_TxnRef",
  "vnp_Amount",
  "vnp_BankCode",
  "vnp_PayDate",
  "vnp_TransactionNo",
  "vnp_TransactionType",
  "vnp_TransactionStatus",
  "vnp_OrderInfo",
] as const;

const QUERYDR_RESPONSE_FIELDS = [...REFUND_RESPONSE_FIELDS, "vnp_PromotionCode", "vnp_PromotionAmount"] as const;

const REQUEST_FIELDS: Record<ApiCommand, readonly string[]> = {
  querydr: QUERYDR_REQUEST_FIELDS,
  refund: REFUND_REQUEST_FIELDS,
};

const RESPONSE_FIELDS: Record<ApiCommand, readonly string[]> = {
  querydr: QUERYDR_RESPONSE_FIELDS,
  refund: REFUND_RESPONSE_FIELDS,
};

/** Fields a request of `command` carries in its signature, in signing order. */
export function requestFields(command: ApiCommand): readonly string[] {
  return REQUEST_FIELDS[command];
}

/** Fields an answer to `command` carries in its signature, in signing order. */
export function responseFields(command: ApiCommand): readonly string[] {
  return RESPONSE_FIELDS[command];
}

/** Pipe-joins the named fields; a missing field contributes an empty string. */
export function pipeSignData(fields: readonly string[], message: ApiMessage): string {
  return fields.map((field) => message[field] ?? "").join("|");
}

/** vnp_SecureHash of an API request of `command`. */
export function signApiRequest(command: ApiCommand, message: ApiMessage, secret: string): string {
  return hmacSha512(secret, pipeSignData(requestFields(command), message));
}

/** vnp_SecureHash of an API answer to `command`. */
export function signApiResponse(command: ApiCommand, message: ApiMessage, secret: string): string {
  return hmacSha512(secret, pipeSignData(responseFields(command), message));
}

/** True when the request carries a vnp_SecureHash that matches its fields. */
export function verifyApiRequest(command: ApiCommand, message: ApiMessage, secret: string): boolean {
  const received = message["vnp_SecureHash"];
  return received !== undefined && received !== "" && safeEqualHex(signApiRequest(command, message, secret), received);
}

/** True when the answer carries a vnp_SecureHash that matches its fields. */
export function verifyApiResponse(command: ApiCommand, message: ApiMessage, secret: string): boolean {
  const received = message["vnp_SecureHash"];
  return received !== undefined && received !== "" && safeEqualHex(signApiResponse(command, message, secret), received);
}

/**
 * Turns a parsed JSON object into string values, as VNPay's answers (and some clients' requests)
 * mix numbers and strings; `null` becomes absent. Non-objects yield `undefined`.
 */
export function toApiMessage(json: unknown): Record<string, string> | undefined {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return undefined;
  const message: Record<string, string> = {};
  for (const [key, value] of Object.entries(json)) {
    if (typeof value === "string") message[key] = value;
    else if (typeof value === "number" || typeof value === "boolean") message[key] = String(value);
  }
  return message;
}
