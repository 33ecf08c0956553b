import type { DataSource, EntityManager } from "typeorm";
import { queueFollowersLiveSessionMail } from "../follows/follows.service";
import {
  type CreateLiveOfferRequest,
  type CreateLiveSessionRequest,
  LIVE_IDENTITY_REASON,
  type LiveOffer as LiveOfferView,
  type LiveSession as LiveSessionView,
  type PublicLiveSession,
  type SellerLiveSession,
  type VerifyIdentityRequest,
} from "@chophien/contracts";
import { nextFreeSlug } from "../../db/slugs";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import { isUniqueViolation } from "../../db/errors";
import type { ActingStall } from "../helpers/acting-stall";
import type { User } from "../users/user.entity";
import { IdentityDecision } from "./identity-decision.entity";
import { announceLive } from "./live-changes";
import { LiveOffer } from "./live-offer.entity";
import { LiveSession, LiveSessionStall } from "./live-session.entity";
import { nextLiveStatus, type LiveMove } from "./live-state";
import { loadOffers, loadSessions, presentPublicOffer, sellerOffer } from "./live.presenter";

/** Who acts on a session: a stall (through the acting-stall context, audited) or an admin for a market-hosted one. */
export type LiveActor = { kind: "stall"; ctx: ActingStall } | { kind: "admin"; user: User };

const DAY_MS = 86_400_000;

/** The 403 a start gets when the host's identity is not verified; names the rule so the console can explain. */
export const identityUnverified = () =>
  new AppError(
    "forbidden",
    "Since 2026-07-01 the E-commerce Law requires the platform to verify a livestreamer's identity: an admin must verify the host's identity before the session can start",
    undefined,
    undefined,
    { reason: LIVE_IDENTITY_REASON },
  );

/** Live sessions: planning, invited stalls, offers with their price rule, start (holds stock), end (returns it), pins. */
export class LiveService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
  ) {}

  /** A stall's session (the stall hosts it) or, with `admin`, the market's own. */
  async create(actor: LiveActor, input: CreateLiveSessionRequest): Promise<LiveSessionView> {
    for (let attempt = 0; ; attempt++) {
      try {
        const id = await this.ds.transaction(async (m) => {
          const stallId = actor.kind === "stall" ? actor.ctx.stall.id : null;
          // The livestreamer: the stall's owner, or the admin hosting for the market.
          const hostUserId = stallId
            ? (await m.query<{ owner_id: string }[]>(`SELECT owner_id FROM stall WHERE id = $1`, [stallId]))[0]!.owner_id
            : (actor as { user: User }).user.id;
          const session = m.create(LiveSession, {
            slug: await nextFreeSlug(m, "live_session", input.title),
            title: input.title,
            description: input.description ?? null,
            startsAt: new Date(input.startsAt),
            endsAt: new Date(input.endsAt),
            platform: input.platform,
            streamUrl: input.streamUrl ?? null,
            status: "scheduled",
            hostStallId: stallId,
            hostUserId,
            pinnedOfferId: null,
            startedAt: null,
            endedAt: null,
            viewersPeak: null,
            viewersUnique: null,
          });
          await m.insert(LiveSession, session);
          if (stallId) await m.insert(LiveSessionStall, { sessionId: session.id, stallId, status: "accepted", host: true });
          if (actor.kind === "stall") await actor.ctx.audit(m, { targetId: session.id, before: null, after: { ...input } });
          // The host stall's followers hear of the planned session: one outbox mail each, in this transaction.
          if (stallId)
            await queueFollowersLiveSessionMail(m, {
              stallId,
              title: session.title,
              slug: session.slug,
              startsAt: session.startsAt,
            });
          return session.id;
        });
        return (await loadSessions(this.ds.manager, [id]))[0]!;
      } catch (err) {
        if (!isUniqueViolation(err) || attempt >= 3) throw err;
      }
    }
  }

  /** Sessions the stall takes part in (host or invited), newest first. */
  async listForStall(stallId: string): Promise<LiveSessionView[]> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT s.id FROM live_session s JOIN live_session_stall ss ON ss.session_id = s.id
        WHERE ss.stall_id = $1 ORDER BY s.starts_at DESC LIMIT 100`,
      [stallId],
    );
    return loadSessions(
      this.ds.manager,
      rows.map((r) => r.id),
    );
  }

  /** Every session, newest first (admins). */
  async listAll(): Promise<LiveSessionView[]> {
    const rows = await this.ds.query<{ id: string }[]>(`SELECT id FROM live_session ORDER BY starts_at DESC LIMIT 100`);
    return loadSessions(
      this.ds.manager,
      rows.map((r) => r.id),
    );
  }

  /** A session with every offer, for a stall taking part in it (or an admin, `stallId` null). */
  async getForSeller(id: string, stallId: string | null): Promise<SellerLiveSession> {
    const m = this.ds.manager;
    const session = await this.member(m, id, stallId);
    return { session: (await loadSessions(m, [session.id]))[0]!, offers: (await loadOffers(m, session.id)).map(sellerOffer) };
  }

  /** The host invites another approved stall; it accepts before it can offer. */
  async invite(actor: LiveActor, id: string, stallId: string): Promise<LiveSessionView> {
    await this.ds.transaction(async (m) => {
      const session = await this.hosted(m, actor, id, true);
      if (session.status !== "scheduled") throw AppError.conflict("Stalls can be invited only before the session starts");
      const [stall] = await m.query<{ status: string }[]>(`SELECT status FROM stall WHERE id = $1`, [stallId]);
      if (!stall) throw AppError.notFound("Stall");
      if (stall.status !== "approved") throw new AppError("unprocessable", "Only approved stalls can take part");
      const added = await m.query<unknown[]>(
        `INSERT INTO live_session_stall (session_id, stall_id, status, host) VALUES ($1, $2, 'invited', false)
           ON CONFLICT (session_id, stall_id) DO NOTHING RETURNING id`,
        [id, stallId],
      );
      if (!added.length) throw AppError.conflict("This stall is already in the session");
      if (actor.kind === "stall") await actor.ctx.audit(m, { targetId: id, before: null, after: { invited: stallId } });
    });
    return (await loadSessions(this.ds.manager, [id]))[0]!;
  }

  /** An invited stall accepts (once). */
  async accept(ctx: ActingStall, id: string): Promise<LiveSessionView> {
    await this.ds.transaction(async (m) => {
      const [row] = await m.query<[{ id: string }[], number]>(
        `UPDATE live_session_stall SET status = 'accepted', updated_at = now()
          WHERE session_id = $1 AND stall_id = $2 AND status = 'invited' RETURNING id`,
        [id, ctx.stall.id],
      );
      if (!row.length) {
        const invited = await m.exists(LiveSessionStall, { where: { sessionId: id, stallId: ctx.stall.id } });
        if (!invited) throw AppError.notFound("Live session");
        throw AppError.conflict("Your stall has already accepted");
      }
      await ctx.audit(m, { targetId: id, before: { status: "invited" }, after: { status: "accepted" } });
    });
    return (await loadSessions(this.ds.manager, [id]))[0]!;
  }

  /**
   * A stall that accepted offers one of its products at a live price, before the session starts. The code is the
   * next `A<n>` of the session (the session row is locked, so two offers never take the same). 422 unless the live
   * price is below the product's price and not above its lowest price of the last 30 days.
   */
  async addOffer(ctx: ActingStall, id: string, input: CreateLiveOfferRequest): Promise<LiveOfferView> {
    const offerId = await this.ds.transaction(async (m) => {
      const session = await this.lockSession(m, id);
      const [part] = await m.query<{ status: string }[]>(
        `SELECT status FROM live_session_stall WHERE session_id = $1 AND stall_id = $2`,
        [id, ctx.stall.id],
      );
      if (!part) throw AppError.notFound("Live session");
      if (part.status !== "accepted") throw AppError.conflict("Accept the invitation before offering products");
      if (session.status !== "scheduled") throw AppError.conflict("Offers can be added only before the session starts");
      const [product] = await m.query<{ id: string; price: string; stall_id: string }[]>(
        `SELECT id, price, stall_id FROM product WHERE id = $1`,
        [input.productId],
      );
      if (!product || product.stall_id !== ctx.stall.id) throw AppError.notFound("Product");
      await assertLivePrice(m, product.id, Number(product.price), input.livePrice, this.clock.now());
      if (await m.exists(LiveOffer, { where: { sessionId: id, productId: product.id } }))
        throw AppError.conflict("This product is already offered in the session");
      const [{ next }] = await m.query<[{ next: number }]>(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM live_offer WHERE session_id = $1`,
        [id],
      );
      const offer = m.create(LiveOffer, {
        sessionId: id,
        stallId: ctx.stall.id,
        productId: product.id,
        code: `A${next}`,
        position: next,
        livePrice: input.livePrice,
        quantity: input.quantity,
        held: 0,
        taken: 0,
        perBuyerLimit: input.perBuyerLimit ?? null,
      });
      await m.insert(LiveOffer, offer);
      await ctx.audit(m, { targetId: offer.id, before: null, after: { ...input, code: offer.code } });
      return offer.id;
    });
    return sellerOffer((await loadOffers(this.ds.manager, id)).find((o) => o.id === offerId)!);
  }

  /**
   * Goes live: only with the host's identity verified (403 naming the rule). Every offer's quantity moves out of
   * its product's stock into the offer in this one transaction — as much as there is (`short` says so) — products
   * locked in id order, as checkout does, so a concurrent cart never deadlocks with it.
   */
  async start(actor: LiveActor, id: string): Promise<SellerLiveSession> {
    await this.ds.transaction(async (m) => {
      const session = await this.hosted(m, actor, id, true);
      move(session.status, "start");
      const verified = await m.exists(IdentityDecision, { where: { userId: session.hostUserId, action: "verify" } });
      if (!verified) throw identityUnverified();
      const offers = await m.query<{ id: string; product_id: string; quantity: number }[]>(
        `SELECT id, product_id, quantity FROM live_offer WHERE session_id = $1 ORDER BY product_id FOR UPDATE`,
        [id],
      );
      for (const o of offers) {
        const [[held]] = await m.query<[{ held: number }[], number]>(
          `WITH p0 AS (SELECT id, stock FROM product WHERE id = $1 FOR UPDATE)
           UPDATE product p SET stock = p.stock - least(p0.stock, $2), updated_at = now() FROM p0 WHERE p.id = p0.id
           RETURNING least(p0.stock, $2)::int AS held`,
          [o.product_id, o.quantity],
        );
        await m.query(`UPDATE live_offer SET held = $2, updated_at = now() WHERE id = $1`, [o.id, held?.held ?? 0]);
      }
      await m.query(`UPDATE live_session SET status = 'live', started_at = $2, updated_at = now() WHERE id = $1`, [
        id,
        this.clock.now(),
      ]);
      await announceLive(m, id, { type: "status", status: "live" });
      if (actor.kind === "stall")
        await actor.ctx.audit(m, { targetId: id, before: { status: "scheduled" }, after: { status: "live" } });
    });
    return this.getForSeller(id, null);
  }

  /** The host ends a live session: unsold held units go back to their products (`release`, once). */
  async end(actor: LiveActor, id: string): Promise<SellerLiveSession> {
    await this.ds.transaction(async (m) => {
      const session = await this.hosted(m, actor, id, true);
      move(session.status, "end");
      await this.release(m, id);
      if (actor.kind === "stall")
        await actor.ctx.audit(m, { targetId: id, before: { status: "live" }, after: { status: "ended" } });
    });
    return this.getForSeller(id, null);
  }

  /**
   * Ends every live session whose `endsAt` has passed (the `live.sweep` job, in any process): each is locked and
   * moved with a guarded UPDATE, so a session ends — and its units go back — exactly once however many run it.
   */
  async endDue(): Promise<number> {
    const due = await this.ds.query<{ id: string }[]>(`SELECT id FROM live_session WHERE status = 'live' AND ends_at <= $1`, [
      this.clock.now(),
    ]);
    let ended = 0;
    for (const { id } of due)
      ended += await this.ds.transaction(async (m) => {
        const [s] = await m.query<{ status: string }[]>(`SELECT status FROM live_session WHERE id = $1 FOR UPDATE SKIP LOCKED`, [
          id,
        ]);
        if (s?.status !== "live") return 0;
        await this.release(m, id);
        return 1;
      });
    return ended;
  }

  /**
   * Ends the (locked, live) session and returns each offer's unsold units — `held - taken`, the offers locked
   * first so a purchase in flight is counted — to its product. Drafts still holding units give them back when
   * they expire (straight to the product, the session having ended).
   */
  private async release(m: EntityManager, id: string): Promise<void> {
    const moved = await m.query<[unknown[], number]>(
      `UPDATE live_session SET status = 'ended', ended_at = $2, updated_at = now() WHERE id = $1 AND status = 'live' RETURNING id`,
      [id, this.clock.now()],
    );
    if (!moved[0].length) throw AppError.conflict("This session is not live");
    const offers = await m.query<{ product_id: string; unsold: number }[]>(
      `SELECT product_id, held - taken AS unsold FROM live_offer WHERE session_id = $1 ORDER BY product_id FOR UPDATE`,
      [id],
    );
    for (const o of offers)
      if (o.unsold > 0)
        await m.query(`UPDATE product SET stock = stock + $2, updated_at = now() WHERE id = $1`, [o.product_id, o.unsold]);
    await announceLive(m, id, { type: "status", status: "ended" });
  }

  /** A scheduled session is called off (nothing was held yet). */
  async cancel(actor: LiveActor, id: string): Promise<LiveSessionView> {
    await this.ds.transaction(async (m) => {
      const session = await this.hosted(m, actor, id, true);
      move(session.status, "cancel");
      await m.query(`UPDATE live_session SET status = 'cancelled', updated_at = now() WHERE id = $1`, [id]);
      await announceLive(m, id, { type: "status", status: "cancelled" });
      if (actor.kind === "stall")
        await actor.ctx.audit(m, { targetId: id, before: { status: "scheduled" }, after: { status: "cancelled" } });
    });
    return (await loadSessions(this.ds.manager, [id]))[0]!;
  }

  /** The host pins one offer (shown large on every viewer's phone at once), or unpins with null. */
  async pin(actor: LiveActor, id: string, offerId: string | null): Promise<LiveSessionView> {
    await this.ds.transaction(async (m) => {
      const session = await this.hosted(m, actor, id, true);
      if (session.status === "ended" || session.status === "cancelled") throw AppError.conflict("This session is over");
      const offer = offerId ? await m.findOne(LiveOffer, { where: { id: offerId, sessionId: id } }) : null;
      if (offerId && !offer) throw AppError.notFound("Offer");
      await m.query(`UPDATE live_session SET pinned_offer_id = $2, updated_at = now() WHERE id = $1`, [id, offerId]);
      await announceLive(m, id, { type: "pin", offerId, code: offer?.code ?? null });
      if (actor.kind === "stall")
        await actor.ctx.audit(m, {
          targetId: id,
          before: { pinnedOfferId: session.pinnedOfferId },
          after: { pinnedOfferId: offerId },
        });
    });
    return (await loadSessions(this.ds.manager, [id]))[0]!;
  }

  /** The host enters the platform's viewer figures (shown in the report, marked as entered). */
  async setViewers(actor: LiveActor, id: string, viewers: { peak?: number; unique?: number }): Promise<LiveSessionView> {
    await this.ds.transaction(async (m) => {
      const session = await this.hosted(m, actor, id, true);
      await m.update(
        LiveSession,
        { id },
        {
          ...(viewers.peak !== undefined && { viewersPeak: viewers.peak }),
          ...(viewers.unique !== undefined && { viewersUnique: viewers.unique }),
        },
      );
      if (actor.kind === "stall")
        await actor.ctx.audit(m, {
          targetId: id,
          before: { viewersPeak: session.viewersPeak, viewersUnique: session.viewersUnique },
          after: { ...viewers },
        });
    });
    return (await loadSessions(this.ds.manager, [id]))[0]!;
  }

  /** Public: live sessions and those still to come (soonest first). */
  async listPublic(): Promise<LiveSessionView[]> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT id FROM live_session WHERE status = 'live' OR (status = 'scheduled' AND ends_at > $1)
        ORDER BY status = 'live' DESC, starts_at LIMIT 50`,
      [this.clock.now()],
    );
    return loadSessions(
      this.ds.manager,
      rows.map((r) => r.id),
    );
  }

  /** Public: one session by slug with its offers (not cancelled ones). */
  async getPublic(slug: string): Promise<PublicLiveSession> {
    const m = this.ds.manager;
    const session = await m.findOne(LiveSession, { where: { slug } });
    if (!session || session.status === "cancelled") throw AppError.notFound("Live session");
    const offers = await loadOffers(m, session.id);
    return {
      session: (await loadSessions(m, [session.id]))[0]!,
      offers: offers.map((o) => presentPublicOffer(o, session.pinnedOfferId)),
    };
  }

  /** The session by slug, for buying and streaming. */
  async bySlug(slug: string): Promise<LiveSession> {
    const session = await this.ds.manager.findOne(LiveSession, { where: { slug } });
    if (!session || session.status === "cancelled") throw AppError.notFound("Live session");
    return session;
  }

  /** An admin records that they checked a user's identity (which document, a note): kept as a decision. */
  async verifyIdentity(admin: User, userId: string, input: VerifyIdentityRequest) {
    return this.ds.transaction(async (m) => {
      const [user] = await m.query<{ id: string }[]>(`SELECT id FROM app_user WHERE id = $1`, [userId]);
      if (!user) throw AppError.notFound("User");
      const d = m.create(IdentityDecision, {
        userId,
        adminId: admin.id,
        action: "verify",
        documentType: input.documentType,
        reason: input.note,
      });
      await m.insert(IdentityDecision, d);
      return {
        id: d.id,
        userId,
        adminId: admin.id,
        action: d.action,
        documentType: d.documentType,
        note: d.reason,
        createdAt: d.createdAt.toISOString(),
      };
    });
  }

  /** Locks the session for a change by its host (the stall that hosts it, or an admin for a market-hosted one). */
  async hosted(m: EntityManager, actor: LiveActor, id: string, lock: boolean): Promise<LiveSession> {
    const session = lock ? await this.lockSession(m, id) : await m.findOne(LiveSession, { where: { id } });
    if (!session) throw AppError.notFound("Live session");
    if (actor.kind === "admin") {
      if (session.hostStallId !== null) throw AppError.forbidden("This session is hosted by a stall");
      return session;
    }
    if (session.hostStallId === actor.ctx.stall.id) return session;
    const member = await m.exists(LiveSessionStall, { where: { sessionId: id, stallId: actor.ctx.stall.id } });
    if (!member) throw AppError.notFound("Live session");
    throw AppError.forbidden("Only the host can do this");
  }

  private async member(m: EntityManager, id: string, stallId: string | null): Promise<LiveSession> {
    const session = await m.findOne(LiveSession, { where: { id } });
    if (!session) throw AppError.notFound("Live session");
    if (stallId && !(await m.exists(LiveSessionStall, { where: { sessionId: id, stallId } })))
      throw AppError.notFound("Live session");
    return session;
  }

  private async lockSession(m: EntityManager, id: string): Promise<LiveSession> {
    const session = await m.findOne(LiveSession, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!session) throw AppError.notFound("Live session");
    return session;
  }
}

/** 409 unless `move` is legal from `status`. */
function move(status: LiveSession["status"], m: LiveMove) {
  if (!nextLiveStatus(status, m)) throw AppError.conflict(`A ${status} session cannot ${m}`);
}

/**
 * The live price rule: below the product's price now, and not above the lowest price it had in the 30 days up to
 * `now` (the price in force 30 days ago counts, and every price since) — so a price raised for the show and
 * "cut" live is refused. 422 otherwise, saying which part failed.
 */
export async function assertLivePrice(m: EntityManager, productId: string, price: number, livePrice: number, now: Date) {
  if (livePrice >= price)
    throw new AppError("unprocessable", "The live price must be below the product's price", [
      { path: "body.livePrice", message: `Must be below ${price}` },
    ]);
  const since = new Date(now.getTime() - 30 * DAY_MS);
  const [row] = await m.query<{ lowest: string | null }[]>(
    `SELECT min(price) AS lowest FROM (
       SELECT price FROM product_price WHERE product_id = $1 AND created_at > $2
       UNION ALL
       (SELECT price FROM product_price WHERE product_id = $1 AND created_at <= $2 ORDER BY created_at DESC LIMIT 1)
     ) x`,
    [productId, since],
  );
  const lowest = row?.lowest === null || row?.lowest === undefined ? price : Math.min(price, Number(row.lowest));
  if (livePrice > lowest)
    throw new AppError("unprocessable", "The live price must not be above the product's lowest price of the last 30 days", [
      { path: "body.livePrice", message: `Must be at most ${lowest}, its lowest price in 30 days` },
    ]);
}
