import { assertDong, toWireAmount } from "../amounts";
import { CURRENCY, ORDER_INFO_MAX_LENGTH, VNP_VERSION } from "../constants";
import { formatVnpDate } from "../dates";
import { generateTxnRef } from "../ids";
import { sanitizeOrderInfo } from "../order-info";
import type { PaymentIntentCreateParams } from "../types";
import { httpUrl, invalid, ipAddress, matching } from "../validation";

const DEFAULT_EXPIRY_MINUTES = 15;
// A day is far beyond any checkout; a larger value is almost certainly seconds passed as minutes.
const MAX_EXPIRY_MINUTES = 24 * 60;

/** The vnp_* params of a pay URL plus the values the intent object reports. */
export interface PayRequest {
  params: Record<string, string>;
  orderInfo: string;
  createDate: string;
  expiresAt: Date;
}

/** Validates create params and turns them into the unsigned vnp_* params of a pay URL. */
export function buildPayRequest(input: PaymentIntentCreateParams, tmnCode: string, now: Date): PayRequest {
  assertDong(input.amount, "amount");
  if (typeof input.orderInfo !== "string") invalid("orderInfo", "is required");
  const orderInfo = sanitizeOrderInfo(input.orderInfo);
  if (orderInfo === "") invalid("orderInfo", "has no characters left after removing diacritics and special characters");
  const returnUrl = httpUrl(input.returnUrl, "returnUrl", 255);
  const ipAddr = ipAddress(input.ipAddr, "ipAddr");
  if (input.locale !== "vn" && input.locale !== "en")
    invalid("locale", `expected "vn" or "en", got ${JSON.stringify(input.locale)}`);
  const txnRef =
    input.txnRef === undefined
      ? generateTxnRef(now)
      : matching(input.txnRef, "txnRef", /^[A-Za-z0-9_-]{1,100}$/, "1-100 letters, digits, _ or -");
  const minutes = input.expiresInMinutes ?? DEFAULT_EXPIRY_MINUTES;
  if (!Number.isSafeInteger(minutes) || minutes <= 0 || minutes > MAX_EXPIRY_MINUTES) {
    invalid("expiresInMinutes", `expected a whole number of minutes between 1 and ${MAX_EXPIRY_MINUTES}`);
  }
  const expiresAt = new Date(now.getTime() + minutes * 60_000);
  const createDate = formatVnpDate(now);
  const params: Record<string, string> = {
    vnp_Version: VNP_VERSION,
    vnp_Command: "pay",
    vnp_TmnCode: tmnCode,
    vnp_Amount: toWireAmount(input.amount),
    vnp_CreateDate: createDate,
    vnp_CurrCode: CURRENCY,
    vnp_IpAddr: ipAddr,
    vnp_Locale: input.locale,
    vnp_OrderInfo: orderInfo.slice(0, ORDER_INFO_MAX_LENGTH),
    vnp_OrderType:
      input.orderType === undefined
        ? "other"
        : matching(input.orderType, "orderType", /^[A-Za-z0-9_-]{1,100}$/, "a VNPay order type such as other"),
    vnp_ReturnUrl: returnUrl,
    vnp_ExpireDate: formatVnpDate(expiresAt),
    vnp_TxnRef: txnRef,
  };
  if (input.bankCode !== undefined)
    params["vnp_BankCode"] = matching(input.bankCode, "bankCode", /^[A-Za-z0-9]{3,20}$/, "3-20 letters or digits");
  return { params, orderInfo, createDate, expiresAt };
}
