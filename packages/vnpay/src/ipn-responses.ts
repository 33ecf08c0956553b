/** RspCode values VNPay understands in an IPN reply; 00 and 02 stop its retries, the rest trigger them. */
export type IpnRspCode = "00" | "01" | "02" | "04" | "97" | "99";

/** The JSON body to answer an IPN with, always with HTTP 200. */
export interface IpnResponse {
  RspCode: IpnRspCode;
  Message: string;
}

const MESSAGES: Readonly<Record<IpnRspCode, string>> = {
  "00": "Confirm Success",
  "01": "Order not found",
  "02": "Order already confirmed",
  "04": "Invalid amount",
  "97": "Invalid signature",
  "99": "Unknown error",
};

/** The standard reply for `code`. */
export function ipnResponse(code: IpnRspCode): IpnResponse {
  return { RspCode: code, Message: MESSAGES[code] };
}

/** Named IPN replies, in the order a handler checks them: 97, 01, 04, 02, then 00; 99 for anything unexpected. */
export const ipnResponses = {
  invalidSignature: (): IpnResponse => ipnResponse("97"),
  orderNotFound: (): IpnResponse => ipnResponse("01"),
  invalidAmount: (): IpnResponse => ipnResponse("04"),
  alreadyConfirmed: (): IpnResponse => ipnResponse("02"),
  success: (): IpnResponse => ipnResponse("00"),
  unknownError: (): IpnResponse => ipnResponse("99"),
} as const;
