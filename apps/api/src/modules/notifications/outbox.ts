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

/** Records a notification in the caller's transaction: it is sent if and only if the change commits. */
export async function enqueueNotification(m: EntityManager, topic: OrderTopic, notice: OrderNotice): Promise<void> {
  const message = m.create(OutboxMessage, { topic, payload: { ...notice }, processedAt: null, attempts: 0, lastError: null });
  await m.save(message);
}
