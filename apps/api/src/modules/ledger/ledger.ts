import type { EntityManager } from "typeorm";
import type { StallOrder } from "../orders/stall-order.entity";

/**
 * Books a completed stall order in its stall's ledger, inside the completing transaction: the sale
 * (goods + the shipping fee, which the stall pays its carrier from) and the platform's commission.
 * The partial unique index makes it happen at most once per stall order.
 */
export async function recordCompletedStallOrder(m: EntityManager, part: StallOrder): Promise<void> {
  await m.query(
    `INSERT INTO ledger_entry (stall_id, kind, amount, stall_order_id, note)
     VALUES ($1, 'sale', $2, $3, NULL), ($1, 'commission', $4, $3, $5)
     ON CONFLICT (stall_order_id, kind) WHERE stall_order_id IS NOT NULL AND kind IN ('sale', 'commission') DO NOTHING`,
    [part.stallId, part.subtotal + part.shippingFee, part.id, -part.commission, `${part.commissionRateBps / 100}%`],
  );
}

/**
 * A stall's available balance in đồng: the sum of its ledger entries, read through the caller's manager.
 * To act on it (a payout), lock the stall row first so concurrent readers wait for each other.
 */
export async function availableBalance(m: EntityManager, stallId: string): Promise<number> {
  const [row] = await m.query<{ sum: string }[]>(
    `SELECT COALESCE(SUM(amount), 0)::text AS sum FROM ledger_entry WHERE stall_id = $1`,
    [stallId],
  );
  return Number(row?.sum ?? 0);
}
