import { toWireAmount } from "../amounts";
import { formatVnpDate } from "../dates";
import { signParams } from "../signing";
import { ERROR_PAGE_CODES, SandboxPayError } from "./error-codes";
import type { IpnDispatcher } from "./ipn-dispatcher";
import type { SandboxPayRequest } from "./pay-request";
import type { TransactionStore } from "./store";
import type { PayResult, SandboxMerchant } from "./types";

/** What finishing a payment needs from the sandbox. */
export interface CompletionDeps {
  store: TransactionStore;
  ipn: IpnDispatcher;
  now: () => Date;
}

/** Appends a query to a URL, keeping its own query params byte for byte and its #fragment last. */
export function appendQuery(url: string, query: string): string {
  const hashAt = url.indexOf("#");
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? "" : url.slice(hashAt);
  const separator = !base.includes("?") ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
  return `${base}${separator}${query}${fragment}`;
}

/**
 * Finishes a pay attempt with `responseCode`: stores the result, signs the return params, starts the
 * IPN delivery and returns where to send the browser. Failures carry TransactionNo 0 and no BankTranNo.
 */
export function completePayment(
  deps: CompletionDeps,
  merchant: SandboxMerchant,
  request: SandboxPayRequest,
  responseCode: string,
  bankCode: string,
): PayResult {
  const transaction = deps.store.openPending(request);
  if (transaction.status !== "pending") {
    throw new SandboxPayError(ERROR_PAGE_CODES.duplicateTransaction, `TxnRef ${request.txnRef} is already ${transaction.status}`);
  }
  const paid = responseCode === "00";
  const transactionNo = paid ? deps.store.nextTransactionNo() : "0";
  const cardType = request.bankCode === "VNPAYQR" ? "QRCODE" : "ATM";
  const payDate = formatVnpDate(deps.now());
  transaction.status = paid ? "succeeded" : "failed";
  transaction.responseCode = responseCode;
  transaction.transactionStatus = paid ? "00" : "02";
  transaction.transactionNo = transactionNo;
  transaction.payDate = payDate;
  transaction.bankCode = bankCode;
  transaction.cardType = cardType;

  const { query } = signParams(
    {
      vnp_Amount: toWireAmount(request.amount),
      vnp_BankCode: bankCode,
      vnp_BankTranNo: paid ? `VNP${transactionNo}` : undefined,
      vnp_CardType: cardType,
      vnp_OrderInfo: request.orderInfo,
      vnp_PayDate: payDate,
      vnp_ResponseCode: responseCode,
      vnp_TmnCode: merchant.tmnCode,
      vnp_TransactionNo: transactionNo,
      vnp_TransactionStatus: paid ? "00" : "02",
      vnp_TxnRef: request.txnRef,
    },
    merchant.hashSecret,
  );
  return {
    returnUrl: appendQuery(request.returnUrl, query),
    ipnDelivered: deps.ipn.deliver(appendQuery(merchant.ipnUrl, query)),
  };
}
