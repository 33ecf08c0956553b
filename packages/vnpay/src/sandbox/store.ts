import type { SandboxRefund, SandboxTransaction } from "./types";

// VNPay rejects a vnp_RequestId seen in the last 5 minutes with 94.
const REQUEST_ID_WINDOW_MS = 5 * 60 * 1000;

/** In-memory transactions and recently used API request ids. */
export class TransactionStore {
  private readonly transactions = new Map<string, SandboxTransaction>();
  private readonly requestIds = new Map<string, number>();
  // Starts where VNPay's sandbox numbers look like, purely cosmetic.
  private lastTransactionNo = 14_000_000;

  private static key(tmnCode: string, txnRef: string): string {
    return `${tmnCode}\u0000${txnRef}`;
  }

  /** The live record (callers inside the sandbox may update it). */
  get(tmnCode: string, txnRef: string): SandboxTransaction | undefined {
    return this.transactions.get(TransactionStore.key(tmnCode, txnRef));
  }

  /** Records an opened pay page, replacing an earlier pending attempt of the same TxnRef. */
  openPending(
    fields: Pick<SandboxTransaction, "tmnCode" | "txnRef" | "amount" | "createDate" | "orderInfo">,
  ): SandboxTransaction {
    const existing = this.get(fields.tmnCode, fields.txnRef);
    if (existing && existing.status !== "pending") return existing;
    const record: SandboxTransaction = {
      tmnCode: fields.tmnCode,
      txnRef: fields.txnRef,
      amount: fields.amount,
      createDate: fields.createDate,
      orderInfo: fields.orderInfo,
      status: "pending",
      responseCode: undefined,
      transactionStatus: "01",
      transactionNo: "0",
      payDate: undefined,
      bankCode: undefined,
      cardType: undefined,
      refunds: [],
    };
    this.transactions.set(TransactionStore.key(fields.tmnCode, fields.txnRef), record);
    return record;
  }

  /** A fresh VNPay-style transaction number. */
  nextTransactionNo(): string {
    this.lastTransactionNo += 1;
    return String(this.lastTransactionNo);
  }

  /** Đồng still refundable. */
  static remaining(transaction: SandboxTransaction): number {
    return transaction.amount - transaction.refunds.reduce((sum, refund: SandboxRefund) => sum + refund.amount, 0);
  }

  /** True if `requestId` was used by this terminal within 5 minutes; otherwise records it. */
  isDuplicateRequest(tmnCode: string, requestId: string, now: Date): boolean {
    const cutoff = now.getTime() - REQUEST_ID_WINDOW_MS;
    for (const [key, at] of this.requestIds) if (at < cutoff) this.requestIds.delete(key);
    const key = TransactionStore.key(tmnCode, requestId);
    if (this.requestIds.has(key)) return true;
    this.requestIds.set(key, now.getTime());
    return false;
  }
}
