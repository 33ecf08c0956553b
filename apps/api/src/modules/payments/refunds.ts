import type { EntityManager } from "typeorm";
import type { StallOrder } from "../orders/stall-order.entity";
import { enqueueRefundNotice } from "../notifications/outbox";
import { Payment } from "./payment.entity";
import { Refund } from "./refund.entity";

/**
 * Queues the refund of a cancelled stall order's share (goods + its shipping fee) when its order was paid
 * online, inside the cancelling transaction. The gateway is called after commit (and retried by a job);
 * a full refund (type 02) when the share is the whole payment and nothing was refunded before, else partial (03).
 */
export async function queueRefundFor(m: EntityManager, part: StallOrder): Promise<Refund | undefined> {
  // The order's payment is the first one paid; a later one (paid again by mistake) is given back whole on its own.
  const payment = await m.findOne(Payment, { where: { orderId: part.orderId, status: "paid" }, order: { paidAt: "ASC" } });
  if (!payment) return undefined;
  const amount = part.subtotal + part.shippingFee;
  const earlier = await m.count(Refund, { where: { paymentId: payment.id } });
  return startRefund(m, {
    paymentId: payment.id,
    stallOrderId: part.id,
    amount,
    transactionType: amount === payment.amount && earlier === 0 ? "02" : "03",
  });
}

/**
 * Queues the full refund of a payment that arrived for an order already settled another way (paid by another
 * attempt, switched to cash on delivery): the buyer must never pay twice. Once per payment (a unique index).
 */
export async function queueDuplicateRefund(m: EntityManager, payment: Payment): Promise<Refund> {
  return startRefund(m, { paymentId: payment.id, stallOrderId: null, amount: payment.amount, transactionType: "02" });
}

/** A pending refund row and the buyer's "refund started" notice, both in the caller's transaction. */
async function startRefund(
  m: EntityManager,
  fields: Pick<Refund, "paymentId" | "stallOrderId" | "amount" | "transactionType">,
): Promise<Refund> {
  const refund = m.create(Refund, {
    ...fields,
    status: "pending",
    attempts: 0,
    responseCode: null,
    raw: null,
    lastError: null,
    settledAt: null,
  });
  await m.save(refund);
  await enqueueRefundNotice(m, "refund.started", { refundId: refund.id });
  return refund;
}
