import type { EntityManager } from "typeorm";
import { OutboxMessage } from "./outbox.entity";

/** What the order lifecycle announces; each becomes mail to the buyer and the stall's owner. */
export type OrderTopic = "order.placed" | "order.confirmed" | "order.shipped" | "order.delivered" | "order.cancelled";

/** The facts a notification needs; the sender loads the rest when it runs. */
export interface OrderNotice {
  orderId: string;
  /** The stall order the event is about; absent for `order.placed` (the whole order). */
  stallOrderId?: string;
  /** Cancellation reason, tracking details… */
  note?: string | null;
}

/** Moderation news: to the stall's owner (hidden, shown again), or to the admins (the seller asks for a look). */
export type ProductTopic = "product.hidden" | "product.unhidden" | "product.review_requested";

export interface ProductNotice {
  productId: string;
  /** The admin's reason for hiding, or the seller's note with a request for another look. */
  note?: string | null;
}

/** Records a notification in the caller's transaction: it is sent if and only if the change commits. */
export function enqueueNotification(m: EntityManager, topic: OrderTopic, notice: OrderNotice): Promise<void> {
  return enqueue(m, topic, { ...notice });
}

/** The same for a moderation decision on a product (mailed to the stall's owner). */
export function enqueueProductNotice(m: EntityManager, topic: ProductTopic, notice: ProductNotice): Promise<void> {
  return enqueue(m, topic, { ...notice });
}

async function enqueue(m: EntityManager, topic: string, payload: Record<string, unknown>): Promise<void> {
  await m.save(m.create(OutboxMessage, { topic, payload, processedAt: null, attempts: 0, lastError: null }));
}

/** Refund news for the buyer: queued (on its way, 3–7 days), then accepted by the gateway. */
export type RefundTopic = "refund.started" | "refund.settled";

export interface RefundNotice {
  refundId: string;
}

/** The same for a refund (mailed to the buyer). */
export function enqueueRefundNotice(m: EntityManager, topic: RefundTopic, notice: RefundNotice): Promise<void> {
  return enqueue(m, topic, { ...notice });
}

/** Traceability news: a batch's trace page was opened far more often than it has packages (to the seller and admins). */
export type TraceTopic = "trace.copy_alarm";

export interface TraceNotice {
  batchId: string;
}

/** The same for a batch (mailed to its stall's owner and every admin). */
export function enqueueTraceNotice(m: EntityManager, topic: TraceTopic, notice: TraceNotice): Promise<void> {
  return enqueue(m, topic, { ...notice });
}
