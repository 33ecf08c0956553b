import type { EntityManager } from "typeorm";
import type { LedgerBalance } from "@chophien/contracts";
import type { StallOrder } from "../orders/stall-order.entity";

/**
 * Whose carrier collects cash on delivery (`COD_REMITTED_BY`): `stall` (the default) — the stall's own carrier
 * collects it and the stall keeps it, so the market never holds that money; `platform` — the market's carrier
 * collects it and remits it to the market, so a COD sale books like an online one. See docs/payments.md.
 */
export type CodRemitter = "stall" | "platform";

/** The kinds that move money the market actually holds for a stall (commission and adjustments do not). */
const CASH_KINDS = `('sale', 'cod_collected', 'platform_voucher', 'refund', 'payout')`;

/**
 * Books a completed stall order in its stall's ledger, inside the completing transaction: the sale (goods + the
 * shipping fee, which the stall pays its carrier from) and the market's commission. When the stall's own carrier
 * collected the cash (COD with `codRemittedBy = "stall"`), a `cod_collected` line takes the sale back out: the
 * stall already has the money, so only the commission moves its balance (it owes it). The sale is what the buyer
 * paid; what the market's own vouchers took off it (`platformDiscount`) comes as a `platform_voucher` line the
 * market pays from its own money (a cash kind), so the stall receives its full amount minus the commission.
 * The partial unique index makes each line happen at most once per stall order.
 */
export async function recordCompletedStallOrder(
  m: EntityManager,
  part: Pick<StallOrder, "id" | "orderId" | "stallId" | "subtotal" | "shippingFee" | "commission" | "commissionRateBps"> &
    Partial<Pick<StallOrder, "platformDiscount">>,
  codRemittedBy: CodRemitter,
): Promise<void> {
  const [order] = await m.query<{ payment_method: string }[]>(`SELECT payment_method FROM customer_order WHERE id = $1`, [
    part.orderId,
  ]);
  const gross = part.subtotal + part.shippingFee;
  const lines: [kind: string, amount: number, note: string | null][] = [["sale", gross, null]];
  if (order?.payment_method === "cod" && codRemittedBy === "stall") lines.push(["cod_collected", -gross, null]);
  if (part.platformDiscount) lines.push(["platform_voucher", part.platformDiscount, null]);
  lines.push(["commission", -part.commission, `${part.commissionRateBps / 100}%`]);
  await m.query(
    `INSERT INTO ledger_entry (stall_id, kind, amount, stall_order_id, note)
     SELECT $1, l.kind, l.amount, $2, l.note FROM jsonb_to_recordset($3::jsonb) AS l(kind text, amount bigint, note text)
     ON CONFLICT (stall_order_id, kind) WHERE stall_order_id IS NOT NULL AND kind IN ('sale', 'cod_collected', 'commission', 'platform_voucher') DO NOTHING`,
    [part.stallId, part.id, JSON.stringify(lines.map(([kind, amount, note]) => ({ kind, amount, note })))],
  );
}

/**
 * A stall's balance in đồng, read through the caller's manager: `available` is the sum of its ledger lines,
 * `held` the part of it the market really has (cash lines only), `payable` what a payout may take.
 * To act on it (a payout), lock the stall row first so concurrent readers wait for each other.
 */
export async function stallBalance(m: EntityManager, stallId: string): Promise<Omit<LedgerBalance, "pendingSales">> {
  const [row] = await m.query<{ available: string; held: string }[]>(
    `SELECT COALESCE(SUM(amount), 0)::text AS available,
            COALESCE(SUM(amount) FILTER (WHERE kind IN ${CASH_KINDS}), 0)::text AS held
       FROM ledger_entry WHERE stall_id = $1`,
    [stallId],
  );
  const available = Number(row?.available ?? 0);
  const held = Number(row?.held ?? 0);
  return { available, held, payable: Math.max(0, Math.min(available, held)) };
}

/**
 * The stalls with a payable balance, largest first, each with the same figures as `stallBalance`: one GROUP BY
 * over the ledger (IDX on stall_id), for the admins' payouts page — an admin page, not a shopper's hot path.
 */
export async function balancesDue(
  m: EntityManager,
  q: { page: number; limit: number },
): Promise<{
  rows: { stall_id: string; slug: string; name: string; available: number; held: number; payable: number }[];
  total: number;
}> {
  const rows = await m.query<
    { stall_id: string; slug: string; name: string; available: string; held: string; payable: string; total: number }[]
  >(
    `WITH b AS (
       SELECT stall_id, SUM(amount) AS available, COALESCE(SUM(amount) FILTER (WHERE kind IN ${CASH_KINDS}), 0) AS held
         FROM ledger_entry GROUP BY stall_id),
     due AS (SELECT stall_id, available, held, GREATEST(0, LEAST(available, held)) AS payable FROM b)
     SELECT d.stall_id, s.slug, s.name, d.available::text, d.held::text, d.payable::text, count(*) OVER ()::int AS total
       FROM due d JOIN stall s ON s.id = d.stall_id
      WHERE d.payable > 0
      ORDER BY d.payable DESC, s.slug
      LIMIT $1 OFFSET $2`,
    [q.limit, (q.page - 1) * q.limit],
  );
  return {
    rows: rows.map((r) => ({ ...r, available: Number(r.available), held: Number(r.held), payable: Number(r.payable) })),
    total: rows[0]?.total ?? 0,
  };
}
