import type { DataSource, EntityManager } from "typeorm";
import {
  type CounterOfferRequest,
  type CreateOfferRequest,
  DEMAND_LIMITS,
  type DemandStatus,
  type Offer,
  type OfferStatus,
  VN_TIME_ZONE,
} from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import type { ActingStall } from "../helpers/acting-stall";
import type { User } from "../users/user.entity";
import { DEMAND_NEGOTIABLE } from "./demand-state";
import { awardCap, buyersDemand } from "./demand-rules";
import { COUNTERABLE, nextOfferStatus, type OfferMove } from "./offer-state";
import { type OfferRow, type OfferViewer, presentOffer } from "./demands.presenter";

/**
 * An offer with its stall, rounds and both sides' contacts — each contact only once the offer was shortlisted, so
 * an unshortlisted offer carries none out of the database.
 */
const OFFER_SELECT = `SELECT f.id, f.demand_id, f.quantity, f.unit_price, f.deliveries, f.message, f.status, f.awarded_quantity,
       f.decline_reason, f.created_at,
       json_build_object('id', s.id, 'name', s.name, 'slug', s.slug, 'province', s.province) AS stall,
       (SELECT coalesce(json_agg(json_build_object('round', r.round, 'by', r.by, 'unitPrice', r.unit_price, 'quantity', r.quantity,
                                                   'message', r.message, 'createdAt', r.created_at) ORDER BY r.round), '[]'::json)
          FROM demand_offer_round r WHERE r.offer_id = f.id) AS rounds,
       CASE WHEN f.shortlisted_at IS NOT NULL THEN
         json_build_object('name', s.name, 'phone', s.phone, 'email', su.email, 'address', s.address) END AS stall_contacts,
       CASE WHEN f.shortlisted_at IS NOT NULL THEN
         json_build_object('name', o.name, 'phone', o.phone, 'email', du.email, 'address', o.address) END AS buyer_contacts,
       (SELECT json_build_object('id', p.id, 'name', p.name, 'slug', p.slug, 'unit', p.unit) FROM product p WHERE p.id = f.product_id) AS product,
       ARRAY(SELECT co.id::text FROM customer_order co WHERE co.deal_offer_id = f.id ORDER BY (co.deal_delivery->>'no')::int) AS order_ids
  FROM demand_offer f JOIN stall s ON s.id = f.stall_id JOIN app_user su ON su.id = s.owner_id
  JOIN demand d ON d.id = f.demand_id JOIN organisation o ON o.id = d.organisation_id JOIN app_user du ON du.id = d.created_by_id`;

/** Who answers for a stall: the acting-stall context's stall and the signed-in user (its owner or a helper). */
export interface OfferingStall {
  stallId: string;
  actorId: string;
  /** The acting-stall context's audit, written in the offer's transaction (a helper's work is kept). */
  audit?: ActingStall["audit"];
}

/** The stall side of a counter or a withdrawal. */
export interface StallSide {
  stallId: string;
  audit?: ActingStall["audit"];
}

interface LockedOffer {
  id: string;
  demand_id: string;
  status: OfferStatus;
  quantity: number;
  rounds: number;
}

/** The buyer's moves on one offer (besides counters). */
export type BuyerMove = Exclude<OfferMove, "withdraw">;

/** 422 unless the product is the stall's own and not archived. */
async function ownProduct(m: EntityManager, stallId: string, productId: string): Promise<void> {
  const [p] = await m.query<{ status: string }[]>(`SELECT status FROM product WHERE id = $1 AND stall_id = $2`, [
    productId,
    stallId,
  ]);
  if (!p || p.status === "archived")
    throw new AppError("unprocessable", "Offer one of your stall's own products", [
      { path: "body.productId", message: p ? "This product is archived" : "Not a product of your stall" },
    ]);
}

/** Stalls' offers on demands, the buyer's shortlist, counters, awards and declines, the daily quota. */
export class DemandOffersService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly opts: { offersPerDay: number },
  ) {}

  /** POST /api/demands/:id/offers: one live offer per stall and demand (index), at most `offersPerDay` a GMT+7 day. */
  async create(who: OfferingStall, demandId: string, input: CreateOfferRequest): Promise<Offer> {
    const now = this.clock.now();
    const id = await this.ds.transaction(async (m) => {
      // Shared lock: the buyer cannot close or award past this offer while it is being made.
      const [d] = await m.query<
        { status: DemandStatus; respond_by: Date; quantity: number; tolerance_pct: number; own: boolean }[]
      >(
        `SELECT d.status, d.respond_by, d.quantity, d.tolerance_pct,
                EXISTS (SELECT 1 FROM organisation_member om WHERE om.organisation_id = d.organisation_id AND om.user_id = $2) AS own
           FROM demand d WHERE d.id = $1 FOR SHARE`,
        [demandId, who.actorId],
      );
      if (!d) throw AppError.notFound("Demand");
      if (d.status !== "open" || d.respond_by.getTime() <= now.getTime())
        throw AppError.conflict("This demand no longer takes offers");
      if (d.own) throw AppError.forbidden("You cannot answer your own organisation's demand");
      if (input.quantity > awardCap(d))
        throw new AppError("unprocessable", `The demand asks for at most ${awardCap(d)}`, [
          { path: "body.quantity", message: "More than the demand with its tolerance" },
        ]);
      if (input.productId) await ownProduct(m, who.stallId, input.productId);
      await this.countToday(m, who.stallId, now);
      const [offer] = await m.query<{ id: string }[]>(
        `INSERT INTO demand_offer (demand_id, stall_id, created_by_id, quantity, unit_price, deliveries, message, product_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (demand_id, stall_id) WHERE status IN ('open', 'shortlisted', 'awarded') DO NOTHING RETURNING id`,
        [
          demandId,
          who.stallId,
          who.actorId,
          input.quantity,
          input.unitPrice,
          JSON.stringify(input.deliveries ?? []),
          input.message,
          input.productId ?? null,
        ],
      );
      if (!offer) throw AppError.conflict("Your stall already has an offer on this demand");
      await m.query(
        `INSERT INTO demand_offer_round (offer_id, round, by, unit_price, quantity, message) VALUES ($1, 1, 'stall', $2, $3, $4)`,
        [offer.id, input.unitPrice, input.quantity, input.message],
      );
      await who.audit?.(m, { targetId: offer.id, before: null, after: { demandId, ...input } });
      return offer.id;
    });
    return this.one(id, "stall");
  }

  /**
   * One more new offer for the stall today (GMT+7), or 429: a guarded upsert, so concurrent posts queue on the
   * counter's row and never pass the limit. Rolled back with the offer when the offer is refused.
   */
  private async countToday(m: EntityManager, stallId: string, now: Date): Promise<void> {
    const counted = await m.query<unknown[]>(
      `INSERT INTO demand_offer_quota (stall_id, day, used) VALUES ($1, ($2::timestamptz AT TIME ZONE '${VN_TIME_ZONE}')::date, 1)
       ON CONFLICT (stall_id, day) DO UPDATE SET used = demand_offer_quota.used + 1 WHERE demand_offer_quota.used < $3
       RETURNING used`,
      [stallId, now, this.opts.offersPerDay],
    );
    if (!counted.length) {
      const vnNow = new Date(now.getTime() + 7 * 3_600_000);
      const untilMidnight = 86_400 - ((vnNow.getUTCHours() * 60 + vnNow.getUTCMinutes()) * 60 + vnNow.getUTCSeconds());
      throw new AppError(
        "rate_limited",
        `Your stall has sent its ${this.opts.offersPerDay} offers for today; more tomorrow (GMT+7)`,
        undefined,
        { "Retry-After": String(untilMidnight) },
      );
    }
  }

  /** The buyer's shortlist, award or decline of one offer, with the demand row locked (awards never race). */
  async decide(user: User, demandId: string, offerId: string, move: BuyerMove, arg: { quantity?: number; reason?: string }) {
    await this.ds.transaction(async (m) => {
      const d = await buyersDemand(m, user, demandId, "forbidden", true);
      if (!DEMAND_NEGOTIABLE.includes(d.status)) throw AppError.conflict(`The demand is ${d.status}`);
      const o = await this.lock(m, offerId, demandId);
      const to = nextOfferStatus(o.status, move);
      if (!to) throw AppError.conflict(`A ${o.status} offer cannot be ${move === "shortlist" ? "shortlist" : move}ed`);
      if (move === "shortlist")
        await m.query(`UPDATE demand_offer SET status = $2, shortlisted_at = now(), updated_at = now() WHERE id = $1`, [
          o.id,
          to,
        ]);
      if (move === "decline")
        await m.query(`UPDATE demand_offer SET status = $2, decline_reason = $3, updated_at = now() WHERE id = $1`, [
          o.id,
          to,
          arg.reason,
        ]);
      if (move === "award") {
        const q = arg.quantity!;
        if (q > o.quantity)
          throw new AppError("unprocessable", `The offer is for ${o.quantity}`, [
            { path: "body.quantity", message: "More than the offer" },
          ]);
        const cap = awardCap(d);
        if (d.awarded_quantity + q > cap)
          throw new AppError(
            "unprocessable",
            `Awarding ${q} would make ${d.awarded_quantity + q}, above the demand's ${cap} (its quantity and tolerance)`,
            [{ path: "body.quantity", message: `At most ${cap - d.awarded_quantity} more` }],
          );
        await m.query(`UPDATE demand_offer SET status = $2, awarded_quantity = $3, updated_at = now() WHERE id = $1`, [
          o.id,
          to,
          q,
        ]);
        await m.query(
          `UPDATE demand SET status = 'awarded', awarded_quantity = awarded_quantity + $2, updated_at = now() WHERE id = $1`,
          [demandId, q],
        );
      }
    });
    return this.one(offerId, "buyer");
  }

  /** A counter round by the buyer (on its demand) or the stall (on its offer): a new fixed version, at most 5. */
  async counter(who: { buyer: User; demandId: string } | StallSide, offerId: string, input: CounterOfferRequest) {
    const by = "buyer" in who ? "buyer" : "stall";
    await this.ds.transaction(async (m) => {
      let demandId: string;
      if ("buyer" in who) {
        demandId = (await buyersDemand(m, who.buyer, who.demandId, "forbidden", true)).id;
      } else {
        const [mine] = await m.query<{ demand_id: string }[]>(
          `SELECT demand_id FROM demand_offer WHERE id = $1 AND stall_id = $2`,
          [offerId, who.stallId],
        );
        if (!mine) throw AppError.notFound("Offer");
        demandId = mine.demand_id;
      }
      // Demand before offer, as the buyer's moves lock them: no deadlock between the two sides.
      const [d] = await m.query<{ status: DemandStatus }[]>(`SELECT status FROM demand WHERE id = $1 FOR SHARE`, [demandId]);
      if (!DEMAND_NEGOTIABLE.includes(d!.status)) throw AppError.conflict(`The demand is ${d!.status}`);
      const o = await this.lock(m, offerId, demandId);
      if (!COUNTERABLE.includes(o.status)) throw AppError.conflict(`A ${o.status} offer takes no counter`);
      if (o.rounds >= 1 + DEMAND_LIMITS.counterRounds)
        throw new AppError("unprocessable", `An offer takes at most ${DEMAND_LIMITS.counterRounds} counter rounds`);
      await m.query(
        `INSERT INTO demand_offer_round (offer_id, round, by, unit_price, quantity, message) VALUES ($1, $2, $3, $4, $5, $6)`,
        [o.id, o.rounds + 1, by, input.unitPrice, input.quantity, input.message],
      );
      await m.query(`UPDATE demand_offer SET rounds = $2, unit_price = $3, quantity = $4, updated_at = now() WHERE id = $1`, [
        o.id,
        o.rounds + 1,
        input.unitPrice,
        input.quantity,
      ]);
      if (!("buyer" in who))
        await who.audit?.(m, {
          targetId: o.id,
          before: { rounds: o.rounds, quantity: o.quantity },
          after: { rounds: o.rounds + 1, ...input },
        });
    });
    return this.one(offerId, by);
  }

  /** POST /api/seller/demand-offers/:id/withdraw: the stall takes back an open or shortlisted offer. */
  async withdraw(who: StallSide, offerId: string): Promise<Offer> {
    await this.ds.transaction(async (m) => {
      const [mine] = await m.query<{ demand_id: string }[]>(
        `SELECT demand_id FROM demand_offer WHERE id = $1 AND stall_id = $2`,
        [offerId, who.stallId],
      );
      if (!mine) throw AppError.notFound("Offer");
      await m.query(`SELECT 1 FROM demand WHERE id = $1 FOR SHARE`, [mine.demand_id]);
      const o = await this.lock(m, offerId, mine.demand_id);
      const to = nextOfferStatus(o.status, "withdraw");
      if (!to) throw AppError.conflict(`A ${o.status} offer cannot be withdrawn`);
      await m.query(`UPDATE demand_offer SET status = $2, updated_at = now() WHERE id = $1`, [o.id, to]);
      await who.audit?.(m, { targetId: o.id, before: { status: o.status }, after: { status: to } });
    });
    return this.one(offerId, "stall");
  }

  /**
   * POST /api/seller/demand-offers/:id/product: the stall names (or changes) the product its offer is for — one of
   * its own — until the award has become orders (then the orders' lines are that product: 409).
   */
  async setProduct(who: StallSide, offerId: string, productId: string): Promise<Offer> {
    await this.ds.transaction(async (m) => {
      const [o] = await m.query<{ product_id: string | null; status: OfferStatus; ordered: boolean }[]>(
        `SELECT product_id, status, EXISTS (SELECT 1 FROM customer_order co WHERE co.deal_offer_id = f.id) AS ordered
           FROM demand_offer f WHERE id = $1 AND stall_id = $2 FOR UPDATE`,
        [offerId, who.stallId],
      );
      if (!o) throw AppError.notFound("Offer");
      if (o.ordered) throw AppError.conflict("This award has become orders; its product can no longer change");
      if (o.status === "declined" || o.status === "withdrawn") throw AppError.conflict(`The offer is ${o.status}`);
      await ownProduct(m, who.stallId, productId);
      await m.query(`UPDATE demand_offer SET product_id = $2, updated_at = now() WHERE id = $1`, [offerId, productId]);
      await who.audit?.(m, { targetId: offerId, before: { productId: o.product_id }, after: { productId } });
    });
    return this.one(offerId, "stall");
  }

  /** The buyer's view of the offers on these demands, oldest first, by demand. */
  async ofDemands(ids: string[]): Promise<Map<string, Offer[]>> {
    const out = new Map<string, Offer[]>();
    if (!ids.length) return out;
    const rows = await this.ds.query<OfferRow[]>(`${OFFER_SELECT} WHERE f.demand_id = ANY($1) ORDER BY f.created_at, f.id`, [
      ids,
    ]);
    for (const r of rows) out.set(r.demand_id, [...(out.get(r.demand_id) ?? []), presentOffer(r, "buyer")]);
    return out;
  }

  /** GET /api/seller/demand-offers: the stall's own offers, newest first (never another stall's). */
  async ofStall(stallId: string): Promise<Offer[]> {
    const rows = await this.ds.query<OfferRow[]>(
      `${OFFER_SELECT} WHERE f.stall_id = $1 ORDER BY f.created_at DESC, f.id LIMIT 200`,
      [stallId],
    );
    return rows.map((r) => presentOffer(r, "stall"));
  }

  private async one(id: string, viewer: OfferViewer): Promise<Offer> {
    const [row] = await this.ds.query<OfferRow[]>(`${OFFER_SELECT} WHERE f.id = $1`, [id]);
    if (!row) throw AppError.notFound("Offer");
    return presentOffer(row, viewer);
  }

  private async lock(m: EntityManager, offerId: string, demandId: string): Promise<LockedOffer> {
    const [o] = await m.query<LockedOffer[]>(
      `SELECT id, demand_id, status, quantity, rounds FROM demand_offer WHERE id = $1 AND demand_id = $2 FOR UPDATE`,
      [offerId, demandId],
    );
    if (!o) throw AppError.notFound("Offer");
    return o;
  }
}
