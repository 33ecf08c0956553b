import type { EntityManager } from "typeorm";
import { AppError } from "../../http/errors";
import type { LivePurchase } from "../orders/pricing/pricing";
import { announceLive } from "./live-changes";

/**
 * Prices a live line without locking anything (the `live-offer` step): the offer's live price, refused early
 * when the session is not on air or the draft is no longer holding. The claim at the end re-checks everything.
 */
export async function priceLiveLine(
  m: EntityManager,
  live: LivePurchase,
): Promise<{ ok: true; livePrice: number } | { ok: false; reason: string }> {
  if (live.draftId) {
    const [draft] = await m.query<{ live_price: string }[]>(
      `SELECT o.live_price FROM live_draft d JOIN live_offer o ON o.id = d.offer_id
        WHERE d.id = $1 AND d.status = 'held' AND d.expires_at > now()`,
      [live.draftId],
    );
    if (!draft) return { ok: false, reason: "This order from the live session has expired or was already confirmed" };
    return { ok: true, livePrice: Number(draft.live_price) };
  }
  const [offer] = await m.query<{ live_price: string; status: string }[]>(
    `SELECT o.live_price, s.status FROM live_offer o JOIN live_session s ON s.id = o.session_id
      WHERE o.id = $1 AND o.session_id = $2`,
    [live.offerId, live.sessionId],
  );
  if (offer?.status !== "live") return { ok: false, reason: "This live session is not on air" };
  return { ok: true, livePrice: Number(offer.live_price) };
}

/**
 * The end of a live checkout, after the order's rows are written and right before COMMIT: takes the units (or
 * consumes the draft) and raises the buyer's count, so the offer's and the buyer's rows stay locked only for the
 * last statements of the transaction. A refusal throws 409, which rolls the whole order back. The price charged
 * must still be the offer's live price.
 */
export async function claimLiveUnits(
  m: EntityManager,
  live: LivePurchase,
  buyerKey: string,
  quantity: number,
  unitPrice: number,
): Promise<void> {
  const taken = await takeLiveUnits(m, live, buyerKey, quantity);
  const refusal = !taken.ok ? taken.reason : taken.livePrice !== unitPrice ? `The live price of ${live.code} changed` : null;
  if (refusal) throw AppError.conflict(refusal, [{ path: "body.code", message: refusal }]);
}

/**
 * Takes `quantity` units of a live offer for an order, in the checkout transaction. The session row is locked
 * for share first — so the end (which locks it for update) either waits for this purchase or is seen by it —
 * then one guarded UPDATE takes the units only if that many are left, and the buyer's count is raised only
 * within the per-buyer limit (a unique row per offer and buyer, so concurrent requests of one buyer queue on it).
 * Announces the new remaining units to every process on commit.
 */
export async function takeLiveUnits(
  m: EntityManager,
  live: LivePurchase,
  buyerKey: string,
  quantity: number,
): Promise<{ ok: true; livePrice: number } | { ok: false; reason: string }> {
  if (live.draftId) return takeDraft(m, live, quantity);
  const [session] = await m.query<{ status: string }[]>(`SELECT status FROM live_session WHERE id = $1 FOR SHARE`, [
    live.sessionId,
  ]);
  if (session?.status !== "live") return { ok: false, reason: "This live session is not on air" };
  const [taken] = await m.query<[{ live_price: string; per_buyer_limit: number | null; remaining: number }[], number]>(
    `UPDATE live_offer SET taken = taken + $2, updated_at = now()
      WHERE id = $1 AND session_id = $3 AND held - taken >= $2
      RETURNING live_price, per_buyer_limit, held - taken AS remaining`,
    [live.offerId, quantity, live.sessionId],
  );
  const offer = taken[0];
  if (!offer) {
    const [left] = await m.query<{ remaining: number }[]>(`SELECT held - taken AS remaining FROM live_offer WHERE id = $1`, [
      live.offerId,
    ]);
    return { ok: false, reason: left?.remaining ? `Only ${left.remaining} left of ${live.code}` : `${live.code} is sold out` };
  }
  if (!(await countForBuyer(m, live.offerId, buyerKey, quantity, offer.per_buyer_limit)))
    return { ok: false, reason: `At most ${offer.per_buyer_limit} of ${live.code} per buyer` };
  await announceLive(m, live.sessionId, { type: "offer", offerId: live.offerId, code: live.code, remaining: offer.remaining });
  return { ok: true, livePrice: Number(offer.live_price) };
}

/**
 * Raises the buyer's count of the offer by `quantity` unless that passes `limit` (null: no limit, still counted).
 * False when it would.
 */
export async function countForBuyer(
  m: EntityManager,
  offerId: string,
  buyerKey: string,
  quantity: number,
  limit: number | null,
): Promise<boolean> {
  if (limit !== null && quantity > limit) return false;
  const rows = await m.query<unknown[]>(
    `INSERT INTO live_offer_buyer (offer_id, buyer_key, quantity) VALUES ($1, $2, $3)
       ON CONFLICT (offer_id, buyer_key) DO UPDATE SET quantity = live_offer_buyer.quantity + EXCLUDED.quantity, updated_at = now()
       WHERE $4::int IS NULL OR live_offer_buyer.quantity + EXCLUDED.quantity <= $4::int
     RETURNING id`,
    [offerId, buyerKey, quantity, limit],
  );
  return rows.length > 0;
}

/** Confirming a draft: its units are already taken; it must still be holding them (not expired, not confirmed). */
async function takeDraft(
  m: EntityManager,
  live: LivePurchase,
  quantity: number,
): Promise<{ ok: true; livePrice: number } | { ok: false; reason: string }> {
  const [rows] = await m.query<[{ live_price: string }[], number]>(
    `UPDATE live_draft d SET status = 'confirmed', updated_at = now() FROM live_offer o
      WHERE d.id = $1 AND d.status = 'held' AND d.expires_at > now() AND d.quantity = $2 AND o.id = d.offer_id
      RETURNING o.live_price`,
    [live.draftId, quantity],
  );
  if (!rows[0]) return { ok: false, reason: "This order from the live session has expired or was already confirmed" };
  return { ok: true, livePrice: Number(rows[0].live_price) };
}
