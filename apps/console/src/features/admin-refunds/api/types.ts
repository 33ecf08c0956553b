/**
 * A refund as GET /api/admin/refunds presents it. The API declares this schema (`Refund`) in its own routes, not
 * in packages/contracts; it is copied here until it moves there.
 */
export interface Refund {
  id: string;
  stallOrderId: string;
  /** đồng */
  amount: number;
  /** VNPay's transaction type: 02 full, 03 partial. */
  transactionType: "02" | "03";
  status: RefundStatus;
  attempts: number;
  /** VNPay's last response code, if it answered. */
  responseCode: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}
export const REFUND_STATUSES = ["failed", "pending", "succeeded"] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];
