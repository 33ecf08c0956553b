import type { EntityManager } from "typeorm";
import type { StallOrder } from "../orders/stall-order.entity";
import { Payment } from "./payment.entity";
import { Refund } from "./refund.entity";

/**
 * Queues the refund of a cancelled stall order's share (goods + its shipping fee) when its order was paid
 * online, inside the cancelling transaction. The gateway is called after commit (and retried by a job);
 * a full refund (type 02) when the share is the whole payment and nothing was refunded before, else partial (03).
 */
export async function queueRefundFor(m: EntityManager, part: StallOrder): Promise<Refund | undefined> {
  const payment = await m.findOne(Payment, { where: { orderId: part.orderId, status: "paid" } });
  if (!payment) return undefined;
  const amount = part.subtotal + part.shippingFee;
  const earlier = await m.count(Refund, { where: { paymentId: payment.id } });
  const refund = m.create(Refund, {
    paymentId: payment.id,
    stallOrderId: part.id,
    amount,
    transactionType: amount === payment.amount && earlier === 0 ? "02" : "03",
    status: "pending",
    attempts: 0,
    responseCode: null,
    raw: null,
    lastError: null,
  });
  await m.save(refund);
  return refund;
}
