import { VNPay } from "../client";
import { signParams } from "../signing";
import type { VNPayConfig } from "../types";

/** A terminal code and secret shaped like VNPay's sandbox credentials. */
export const TMN_CODE = "CHOPHIEN";
export const HASH_SECRET = "SANDBOXSECRETKEY0123456789ABCDEF";

/** 2024-05-21 09:00:00 in Hà Nội. */
export const NOW = new Date("2024-05-21T02:00:00.000Z");

/** A client on the fixed clock, pointed at unreachable hosts unless overridden. */
export function makeClient(overrides: Partial<VNPayConfig> = {}): VNPay {
  return new VNPay({
    tmnCode: TMN_CODE,
    hashSecret: HASH_SECRET,
    paymentUrl: "https://sandbox.vnpayment.test/paymentv2/vpcpay.html",
    apiUrl: "https://sandbox.vnpayment.test/merchant_webapi/api/transaction",
    clock: () => NOW,
    ...overrides,
  });
}

/** Return/IPN params as VNPay would send them for a finished attempt, signed with `secret`. */
export function signedResult(overrides: Record<string, string | undefined> = {}, secret = HASH_SECRET): URLSearchParams {
  const params: Record<string, string | undefined> = {
    vnp_Amount: "12000000",
    vnp_BankCode: "NCB",
    vnp_BankTranNo: "VNP14000001",
    vnp_CardType: "ATM",
    vnp_OrderInfo: "Thanh toan don hang 42",
    vnp_PayDate: "20240521091806",
    vnp_ResponseCode: "00",
    vnp_TmnCode: TMN_CODE,
    vnp_TransactionNo: "14000001",
    vnp_TransactionStatus: "00",
    vnp_TxnRef: "ORDER42",
    ...overrides,
  };
  return new URLSearchParams(signParams(params, secret).query);
}
