import type { EntityManager } from "typeorm";
import { formatVnd } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import {
  goodsOf,
  type PricedLine,
  type Pricing,
  type StallGroup,
  type VoucherOutcome,
  type VoucherReason,
} from "../orders/pricing/pricing";

/** A voucher as checkout reads it, with how many uses the buyer already holds. */
export interface VoucherRow {
  id: string;
  stall_id: string | null;
  code: string;
  kind: "percent" | "fixed" | "free_shipping";
  value: number;
  max_discount: number | null;
  min_subtotal: number;
  starts_at: Date;
  ends_at: Date;
  total_quantity: number | null;
  per_user_limit: number;
  category_ids: string[];
  product_ids: string[];
  status: "active" | "paused";
  used: number;
  user_used: number;
  db_now: Date;
}

/** A voucher that applies, with the lines it applies to (its stall's, narrowed by its products and categories). */
export interface ApplicableVoucher {
  voucher: VoucherRow;
  lines: { group: StallGroup; line: PricedLine }[];
}

/** Codes as the shopper typed them → trimmed, upper-case, each once. */
export function normalizeCodes(codes: readonly string[]): string[] {
  return [...new Set(codes.map((c) => c.trim().toUpperCase()).filter(Boolean))];
}

const outcome = (
  code: string,
  v: VoucherRow | null,
  refusal: { reason: VoucherReason; message: string } | null,
): VoucherOutcome => ({
  code,
  status: refusal ? "refused" : "applied",
  reason: refusal?.reason ?? null,
  message: refusal?.message ?? `${code} applied`,
  voucherId: v?.id ?? null,
  owner: v ? (v.stall_id ? "stall" : "platform") : null,
  stallId: v?.stall_id ?? null,
  kind: v?.kind ?? null,
  discount: 0,
});

/** Loads the vouchers with these (normalized) codes, of any owner, with the buyer's uses of each. */
export async function findVouchers(m: EntityManager, codes: string[], buyerId: string | null): Promise<VoucherRow[]> {
  if (!codes.length) return [];
  return m.query<VoucherRow[]>(
    `SELECT v.id, v.stall_id, v.code, v.kind, v.value, v.max_discount, v.min_subtotal, v.starts_at, v.ends_at,
            v.total_quantity, v.per_user_limit, v.category_ids, v.product_ids, v.status, v.used,
            COALESCE(u.used, 0) AS user_used, now() AS db_now
       FROM voucher v LEFT JOIN voucher_user_use u ON u.voucher_id = v.id AND u.user_id = $2
      WHERE v.code = ANY($1) ORDER BY v.id`,
    [codes, buyerId],
  );
}

/** The lines a voucher applies to: its stall's only (a stall voucher), narrowed to its products and categories. */
function linesFor(v: VoucherRow, groups: readonly StallGroup[], categories: Map<string, string[]>) {
  return groups
    .filter((g) => !v.stall_id || g.stallId === v.stall_id)
    .flatMap((group) => group.lines.map((line) => ({ group, line })))
    .filter(({ line }) => {
      if (v.product_ids.length && v.product_ids.includes(line.productId)) return true;
      if (v.category_ids.length && (categories.get(line.productId) ?? []).some((c) => v.category_ids.includes(c))) return true;
      return !v.product_ids.length && !v.category_ids.length;
    });
}

/** Why `v` does not apply to these lines now, or null when it does (read-only: the uses are taken later). */
function refusalOf(
  v: VoucherRow,
  lines: ApplicableVoucher["lines"],
  now: Date,
  buyerId: string | null,
): { reason: VoucherReason; message: string } | null {
  const code = v.code;
  if (v.status === "paused") return { reason: "paused", message: `Voucher ${code} is paused by its owner` };
  if (now < new Date(v.starts_at)) return { reason: "not_started", message: `Voucher ${code} has not started yet` };
  if (now >= new Date(v.ends_at)) return { reason: "expired", message: `Voucher ${code} has expired` };
  if (!lines.length) return { reason: "not_applicable", message: `Voucher ${code} does not apply to anything in this order` };
  const goods = lines.reduce((s, x) => s + goodsOf(x.line), 0);
  if (goods < v.min_subtotal)
    return {
      reason: "below_minimum",
      message: `Voucher ${code} needs at least ${formatVnd(v.min_subtotal)} of eligible goods (you have ${formatVnd(goods)})`,
    };
  if (v.total_quantity !== null && v.used >= v.total_quantity)
    return { reason: "used_up", message: `Voucher ${code} has been used up` };
  if (buyerId && v.user_used >= v.per_user_limit)
    return { reason: "per_user_limit", message: `You have already used voucher ${code} as often as it allows` };
  return null;
}

/**
 * Checks each code against the order: which voucher it names (a stall in the order's own before the platform's),
 * whether it applies now (window, pause, minimum, products, uses), and at most one platform voucher and one per
 * stall. Returns every code's outcome and the vouchers that apply, stalls' first.
 */
export async function checkVouchers(
  m: EntityManager,
  pricing: Pricing,
  codes: string[],
): Promise<{ outcomes: VoucherOutcome[]; applicable: ApplicableVoucher[] }> {
  const buyerId = pricing.buyerId || null;
  const rows = await findVouchers(m, codes, buyerId);
  const productIds = pricing.groups.flatMap((g) => g.lines.map((l) => l.productId));
  const cats = await m.query<{ id: string; category_id: string; parent_id: string | null }[]>(
    `SELECT p.id, p.category_id, c.parent_id FROM product p JOIN category c ON c.id = p.category_id WHERE p.id = ANY($1)`,
    [productIds],
  );
  const categories = new Map(cats.map((c) => [c.id, [c.category_id, ...(c.parent_id ? [c.parent_id] : [])]]));
  const inOrder = new Set(pricing.groups.map((g) => g.stallId));
  const outcomes: VoucherOutcome[] = [];
  const applicable: ApplicableVoucher[] = [];
  const owners = new Set<string>();
  for (const code of codes) {
    const named = rows.filter((r) => r.code === code);
    const v = named.find((r) => r.stall_id && inOrder.has(r.stall_id)) ?? named.find((r) => !r.stall_id) ?? null;
    if (!v) {
      outcomes.push(
        named.length
          ? outcome(code, named[0]!, { reason: "not_applicable", message: `Voucher ${code} is for another stall's goods` })
          : outcome(code, null, { reason: "unknown", message: `There is no voucher ${code}` }),
      );
      continue;
    }
    const owner = v.stall_id ?? "platform";
    if (owners.has(owner)) {
      outcomes.push(
        outcome(code, v, {
          reason: "not_applicable",
          message: v.stall_id
            ? `Only one voucher per stall: ${code} cannot be added to another of this stall's`
            : `Only one market voucher per order: ${code} cannot be added to another`,
        }),
      );
      continue;
    }
    const lines = linesFor(v, pricing.groups, categories);
    const refusal = refusalOf(v, lines, pricing.now ?? new Date(v.db_now), buyerId);
    outcomes.push(outcome(code, v, refusal));
    if (refusal) continue;
    owners.add(owner);
    applicable.push({ voucher: v, lines });
  }
  applicable.sort((a, b) => Number(!a.voucher.stall_id) - Number(!b.voucher.stall_id));
  return { outcomes, applicable };
}

/** The error for refused codes: 422 when every one is unknown, else 409; `reason` is the first one's. */
export function voucherRefusal(refused: readonly VoucherOutcome[]): AppError {
  const unknown = refused.every((o) => o.reason === "unknown");
  return new AppError(
    unknown ? "unprocessable" : "conflict",
    refused.map((o) => o.message).join("; "),
    refused.map((o) => ({ path: `voucherCodes.${o.code}`, message: o.message })),
    undefined,
    { reason: refused[0]?.reason ?? "unknown" },
  );
}

/**
 * Takes one use of `v` for `orderId` inside the checkout transaction: one guarded UPDATE on the voucher's counter
 * (`used < total_quantity`, so concurrent checkouts queue on the row and never pass the limit), one guarded upsert
 * on the buyer's counter (`used < per_user_limit`), and the use's row. Returns why it could not, or null.
 */
export async function consumeVoucher(
  m: EntityManager,
  v: Pick<VoucherRow, "id" | "per_user_limit">,
  use: { userId: string; orderId: string; discount: number },
): Promise<VoucherReason | null> {
  const [taken] = await m.query<[unknown[], number]>(
    `UPDATE voucher SET used = used + 1, updated_at = now()
      WHERE id = $1 AND status = 'active' AND (total_quantity IS NULL OR used < total_quantity) RETURNING id`,
    [v.id],
  );
  if (!taken.length) return "used_up";
  const mine = await m.query<unknown[]>(
    `INSERT INTO voucher_user_use AS u (voucher_id, user_id, used) VALUES ($1, $2, 1)
     ON CONFLICT (voucher_id, user_id) DO UPDATE SET used = u.used + 1 WHERE u.used < $3 RETURNING used`,
    [v.id, use.userId, v.per_user_limit],
  );
  if (!mine.length) return "per_user_limit";
  await m.query(`INSERT INTO voucher_use (voucher_id, user_id, order_id, discount) VALUES ($1, $2, $3, $4)`, [
    v.id,
    use.userId,
    use.orderId,
    use.discount,
  ]);
  return null;
}

/**
 * Gives back the uses an unpaid order holds once what they discounted is all cancelled: a stall voucher's when its
 * stall's part is, a platform voucher's when every part is. `released_at IS NULL` makes each happen once; the
 * order row is locked first, so two parts cancelled at the same time still release the platform's use.
 */
export async function releaseVoucherUses(m: EntityManager, orderId: string): Promise<void> {
  await m.query(`SELECT id FROM customer_order WHERE id = $1 FOR UPDATE`, [orderId]);
  const [released] = await m.query<[{ voucher_id: string; user_id: string }[], number]>(
    `UPDATE voucher_use u SET released_at = now(), updated_at = now()
       FROM voucher v, customer_order o
      WHERE u.order_id = $1 AND v.id = u.voucher_id AND o.id = u.order_id AND u.released_at IS NULL
        AND o.payment_status IN ('unpaid', 'pending', 'failed')
        AND NOT EXISTS (SELECT 1 FROM stall_order so WHERE so.order_id = u.order_id AND so.status <> 'cancelled'
                         AND (v.stall_id IS NULL OR so.stall_id = v.stall_id))
      RETURNING u.voucher_id, u.user_id`,
    [orderId],
  );
  for (const r of released.sort((a, b) => (a.voucher_id < b.voucher_id ? -1 : 1))) {
    await m.query(`UPDATE voucher SET used = used - 1, updated_at = now() WHERE id = $1 AND used > 0`, [r.voucher_id]);
    await m.query(`UPDATE voucher_user_use SET used = used - 1 WHERE voucher_id = $1 AND user_id = $2 AND used > 0`, [
      r.voucher_id,
      r.user_id,
    ]);
  }
}

/**
 * A revived order (paid after all) takes back the uses it released: it keeps the discount it was priced with, so
 * this may pass `total_quantity` by the few orders paid late (docs/vouchers.md).
 */
export async function retakeVoucherUses(m: EntityManager, orderId: string): Promise<void> {
  const [back] = await m.query<[{ voucher_id: string; user_id: string }[], number]>(
    `UPDATE voucher_use SET released_at = NULL, updated_at = now() WHERE order_id = $1 AND released_at IS NOT NULL
      RETURNING voucher_id, user_id`,
    [orderId],
  );
  for (const r of back.sort((a, b) => (a.voucher_id < b.voucher_id ? -1 : 1))) {
    await m.query(`UPDATE voucher SET used = used + 1, updated_at = now() WHERE id = $1`, [r.voucher_id]);
    await m.query(`UPDATE voucher_user_use SET used = used + 1 WHERE voucher_id = $1 AND user_id = $2`, [
      r.voucher_id,
      r.user_id,
    ]);
  }
}

/** Counts the codes that name no voucher at all against the shopper and their address; 429 past the limit. */
export type VoucherGuessGuard = (codes: readonly string[], who: { userId: string | null; ip: string }) => Promise<void>;

/**
 * Guessing codes is rate-limited: each unknown code costs a point per buyer and per IP (the shared counters in
 * PostgreSQL, `lib/rate-limit.ts`), before any voucher is looked at for the order. Known codes cost nothing.
 */
export function voucherGuessGuard(
  ds: Pick<EntityManager, "query">,
  limits: { perUser: (key: string) => Promise<void>; perIp: (key: string) => Promise<void> },
): VoucherGuessGuard {
  return async (codes, who) => {
    const wanted = normalizeCodes(codes);
    if (!wanted.length) return;
    const known = await ds.query<{ code: string }[]>(`SELECT DISTINCT code FROM voucher WHERE code = ANY($1)`, [wanted]);
    const unknown = wanted.filter((c) => !known.some((k) => k.code === c));
    for (let i = 0; i < unknown.length; i++) {
      if (who.userId) await limits.perUser(`u:${who.userId}`);
      await limits.perIp(`ip:${who.ip}`);
    }
  };
}
