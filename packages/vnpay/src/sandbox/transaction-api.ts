import type { IncomingMessage, ServerResponse } from "node:http";
import { fromWireAmount, toWireAmount } from "../amounts";
import { toApiMessage, verifyApiRequest } from "../api-fields";
import { formatVnpDate } from "../dates";
import { type Reply, signedReplier, unsignedAnswer } from "./api-answers";
import { formatProblem } from "./api-formats";
import type { SandboxContext } from "./context";
import { readJson, sendJson } from "./http";
import { TransactionStore } from "./store";
import type { SandboxTransaction } from "./types";

/**
 * Answers one querydr/refund request body. Checks run in this order: readable JSON and known command
 * (03, unsigned), known terminal (02, unsigned — no secret to sign with), checksum (97), format (03),
 * RequestId reuse within 5 minutes (94), transaction by TxnRef + TransactionDate (91), then the command.
 */
export function answerTransactionApi(ctx: SandboxContext, json: unknown): Record<string, string> {
  const message = toApiMessage(json);
  if (!message) return unsignedAnswer("03", "Invalid request format: body must be a JSON object");
  const command = message["vnp_Command"];
  if (command !== "querydr" && command !== "refund")
    return unsignedAnswer("03", "Invalid request format: unknown vnp_Command", message);
  const merchant = ctx.merchants.get(message["vnp_TmnCode"] ?? "");
  if (!merchant) return unsignedAnswer("02", "Merchant is not valid (unknown vnp_TmnCode)", message);

  const reply = signedReplier(command, merchant, message);
  if (!verifyApiRequest(command, message, merchant.hashSecret)) return reply("97", "Invalid checksum");
  const problem = formatProblem(command, message);
  if (problem) return reply("03", `Invalid request format: ${problem}`);
  if (ctx.store.isDuplicateRequest(merchant.tmnCode, message["vnp_RequestId"] as string, ctx.now())) {
    return reply("94", "Duplicate request: vnp_RequestId was used in the last 5 minutes");
  }
  const transaction = ctx.store.get(merchant.tmnCode, message["vnp_TxnRef"] as string);
  if (!transaction || transaction.createDate !== message["vnp_TransactionDate"]) return reply("91", "Transaction not found");
  return command === "querydr" ? answerQuery(reply, transaction) : answerRefund(ctx, reply, transaction, message);
}

// After a refund VNPay reports the refund's type and state on the original transaction.
function answerQuery(reply: Reply, transaction: SandboxTransaction): Record<string, string> {
  const lastRefund = transaction.refunds.at(-1);
  return reply("00", "QueryDR Success", {
    vnp_Amount: toWireAmount(transaction.amount),
    vnp_BankCode: transaction.bankCode,
    vnp_PayDate: transaction.payDate,
    vnp_TransactionNo: transaction.transactionNo,
    vnp_TransactionType: lastRefund ? lastRefund.transactionType : "01",
    vnp_TransactionStatus: lastRefund ? "06" : transaction.transactionStatus,
    vnp_OrderInfo: transaction.orderInfo,
    vnp_PromotionCode: "",
    vnp_PromotionAmount: "",
  });
}

/**
 * Refund rules. Sources disagree on the code for "too much": we answer 93 when one request exceeds
 * the paid amount (or a full refund is not for exactly that amount) and 02 when it would push the
 * total refunded past it. A full refund after any partial one is 04.
 */
function answerRefund(
  ctx: SandboxContext,
  reply: Reply,
  transaction: SandboxTransaction,
  message: Readonly<Record<string, string>>,
): Record<string, string> {
  if (transaction.status !== "succeeded") return reply("95", "Original transaction is not successful");
  const transactionNo = message["vnp_TransactionNo"] ?? "0";
  if (transactionNo !== "0" && transactionNo !== transaction.transactionNo)
    return reply("91", "Transaction not found (vnp_TransactionNo)");
  const amount = fromWireAmount(message["vnp_Amount"] as string) as number;
  const type = message["vnp_TransactionType"] === "02" ? "02" : "03";
  const remaining = TransactionStore.remaining(transaction);
  if (remaining === 0) return reply("02", "Total refund amount exceeds the paid amount (already fully refunded)");
  if (type === "02" && transaction.refunds.length > 0) return reply("04", "Full refund is not allowed after a partial refund");
  if (type === "02" && amount !== transaction.amount)
    return reply("93", "Invalid amount: a full refund must equal the paid amount");
  if (amount > transaction.amount) return reply("93", "Invalid amount: more than the paid amount");
  if (amount > remaining) return reply("02", "Total refund amount exceeds the paid amount");

  const now = ctx.now();
  const refundNo = ctx.store.nextTransactionNo();
  transaction.refunds.push({
    requestId: message["vnp_RequestId"] as string,
    amount,
    transactionType: type,
    transactionNo: refundNo,
    createdBy: message["vnp_CreateBy"] as string,
    createDate: formatVnpDate(now),
  });
  return reply("00", "Refund success", {
    vnp_Amount: message["vnp_Amount"],
    vnp_BankCode: transaction.bankCode,
    vnp_PayDate: formatVnpDate(now),
    vnp_TransactionNo: refundNo,
    vnp_TransactionType: type,
    // 06 = sent to the bank: the sandbox settles refunds at once.
    vnp_TransactionStatus: "06",
    vnp_OrderInfo: message["vnp_OrderInfo"],
  });
}

/** POST /merchant_webapi/api/transaction: always HTTP 200 with a JSON answer, as VNPay does. */
export async function handleTransactionApi(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let json: unknown;
  try {
    json = await readJson(req);
  } catch {
    return sendJson(res, 200, unsignedAnswer("03", "Invalid request format: body is not valid JSON"));
  }
  sendJson(res, 200, answerTransactionApi(ctx, json));
}
