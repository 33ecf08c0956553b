import { fromWireAmount } from "../amounts";
import { CURRENCY, VNP_VERSION } from "../constants";
import { isVnpDate, parseVnpDate } from "../dates";
import { readVnpParams } from "../query-params";
import { verifyParams } from "../signing";
import type { Locale } from "../types";
import { ERROR_PAGE_CODES, type ErrorPageCode, SandboxPayError } from "./error-codes";
import type { TransactionStore } from "./store";
import type { SandboxMerchant } from "./types";

/** A pay request that passed every gateway check. */
export interface SandboxPayRequest {
  tmnCode: string;
  txnRef: string;
  /** In đồng. */
  amount: number;
  createDate: string;
  expiresAt: Date;
  orderInfo: string;
  locale: Locale;
  returnUrl: string;
  bankCode: string | undefined;
}

function fail(code: ErrorPageCode, reason: string): never {
  throw new SandboxPayError(code, reason);
}

function formatError(reason: string): never {
  return fail(ERROR_PAGE_CODES.invalidFormat, reason);
}

/** A required, non-empty param that passes `test`, or a format error (03). */
function field(params: Record<string, string>, key: string, test: (value: string) => boolean): string {
  const value = params[key];
  if (value === undefined || value === "" || !test(value))
    formatError(`${key} is missing or malformed: ${JSON.stringify(value)}`);
  return value;
}

const isHttpUrl = (value: string): boolean =>
  value.length <= 255 && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);

/** Same origin and path as one of the merchant's return URLs (any query), or any URL when none are registered. */
function isOwnReturnUrl(merchant: SandboxMerchant, returnUrl: string): boolean {
  if (!merchant.returnUrls) return true;
  const given = new URL(returnUrl);
  return merchant.returnUrls.some((own) => {
    const u = new URL(own);
    return u.origin === given.origin && u.pathname === given.pathname;
  });
}

/**
 * Checks a pay URL's query the way the gateway does, in order: terminal known (72), signature (70),
 * format (03), the merchant's own return URL (74), expiry (15), TxnRef not already finished (01). Throws SandboxPayError.
 */
export function checkPayRequest(
  search: URLSearchParams,
  merchants: ReadonlyMap<string, SandboxMerchant>,
  store: TransactionStore,
  now: Date,
): { merchant: SandboxMerchant; request: SandboxPayRequest } {
  let params: Record<string, string>;
  try {
    params = readVnpParams(search);
  } catch (error) {
    return formatError(error instanceof Error ? error.message : "unreadable query");
  }
  const merchant = merchants.get(params["vnp_TmnCode"] ?? "");
  if (!merchant) fail(ERROR_PAGE_CODES.merchantNotFound, `unknown vnp_TmnCode ${JSON.stringify(params["vnp_TmnCode"])}`);
  if (!verifyParams(params, merchant.hashSecret)) fail(ERROR_PAGE_CODES.invalidSignature, "vnp_SecureHash does not match");

  field(params, "vnp_Version", (v) => v === VNP_VERSION);
  field(params, "vnp_Command", (v) => v === "pay");
  field(params, "vnp_CurrCode", (v) => v === CURRENCY);
  field(params, "vnp_IpAddr", (v) => v.length <= 45);
  field(params, "vnp_OrderType", (v) => v.length <= 100);
  const amount = fromWireAmount(field(params, "vnp_Amount", (v) => fromWireAmount(v) !== undefined && v !== "0"));
  const createDate = field(params, "vnp_CreateDate", isVnpDate);
  const expiresAt = parseVnpDate(field(params, "vnp_ExpireDate", isVnpDate));
  const locale = field(params, "vnp_Locale", (v) => v === "vn" || v === "en") as Locale;
  const orderInfo = field(params, "vnp_OrderInfo", (v) => v.length <= 255);
  const returnUrl = field(params, "vnp_ReturnUrl", isHttpUrl);
  const txnRef = field(params, "vnp_TxnRef", (v) => v.length <= 100);
  if (amount === undefined || expiresAt === undefined) return formatError("unreachable: validated above");
  if (!isOwnReturnUrl(merchant, returnUrl))
    fail(ERROR_PAGE_CODES.returnUrlRefused, `vnp_ReturnUrl ${JSON.stringify(returnUrl)} is not the merchant's own`);

  if (now.getTime() > expiresAt.getTime())
    fail(ERROR_PAGE_CODES.expired, `vnp_ExpireDate ${params["vnp_ExpireDate"]} has passed`);
  const existing = store.get(merchant.tmnCode, txnRef);
  if (existing && existing.status !== "pending")
    fail(ERROR_PAGE_CODES.duplicateTransaction, `TxnRef ${txnRef} is already ${existing.status}`);

  return {
    merchant,
    request: {
      tmnCode: merchant.tmnCode,
      txnRef,
      amount,
      createDate,
      expiresAt,
      orderInfo,
      locale,
      returnUrl,
      bankCode: params["vnp_BankCode"] || undefined,
    },
  };
}
