import crypto from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import {
  type CheckoutResponse,
  LIVE_DRAFT_HOLD_MINUTES,
  type LiveCommentsResponse,
  type PaymentMethod,
  type ShippingAddress,
} from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import { OutboxMessage } from "../notifications/outbox.entity";
import type { CheckoutService } from "../orders/checkout.service";
import type { User } from "../users/user.entity";
import { announceLive } from "./live-changes";
import { parseComments } from "./live-comments";
import { countForBuyer } from "./live-holds";
import type { LiveActor, LiveService } from "./live.service";

/** The outbox topic of a draft's SMS link (sent by the notification job through the SMS seam). */
export const LIVE_DRAFT_TOPIC = "live.draft_link";
/** The storefront page where a buyer confirms a draft (the token in the fragment, never in a server log). */
export const LIVE_DRAFT_PATH = "/live/xac-nhan";

/** The draft's link token, derived from the server secret: neither the database nor the outbox holds it. */
export const draftToken = (secret: string, draftId: string) =>
  crypto.createHmac("sha256", secret).update(`live-draft:${draftId}`).digest("base64url");
const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("hex");

/** What a buyer sees of their draft before confirming it. */
export interface DraftView {
  code: string;
  name: string;
  quantity: number;
  livePrice: number;
  productName: string;
  sessionTitle: string;
  status: "held" | "confirmed" | "expired";
  expiresAt: string;
}

/**
 * Orders from pasted comments: each line read by `parseComments` becomes a draft holding its units for
 * 30 minutes, and its buyer gets an SMS link to give an address and pay; unconfirmed drafts give the units back.
 */
export class LiveDrafts {
  constructor(
    private readonly deps: { ds: DataSource; clock: Clock; live: LiveService; checkout: CheckoutService; secret: string },
  ) {}

  /**
   * The host pastes comments while live: one transaction (audited once), a savepoint per line, so a line whose
   * offer is short or whose buyer passed the limit is refused alone, with why.
   */
  async fromComments(actor: LiveActor, sessionId: string, lines: string[]): Promise<LiveCommentsResponse> {
    const { orders, rejected, counted } = parseComments(lines);
    const { ds, clock, live } = this.deps;
    let created = 0;
    await ds.transaction(async (m) => {
      const session = await live.hosted(m, actor, sessionId, false);
      // For share, as a purchase does: the end waits for these drafts or is seen by them.
      const [now] = await m.query<{ status: string }[]>(`SELECT status FROM live_session WHERE id = $1 FOR SHARE`, [sessionId]);
      if (now?.status !== "live") throw AppError.conflict("Orders from comments are taken only while the session is live");
      const offers = await m.query<{ id: string; code: string; per_buyer_limit: number | null }[]>(
        `SELECT id, code, per_buyer_limit FROM live_offer WHERE session_id = $1`,
        [sessionId],
      );
      const byCode = new Map(offers.map((o) => [o.code, o]));
      for (const { line, order } of orders) {
        const offer = byCode.get(order.code);
        if (!offer) {
          rejected.push({ line, reason: `no offer ${order.code} in this session` });
          continue;
        }
        await m.query(`SAVEPOINT comment_line`);
        const reason = await this.hold(m, sessionId, offer, order, clock.now());
        if (reason) {
          await m.query(`ROLLBACK TO SAVEPOINT comment_line`);
          rejected.push({ line, reason });
        } else {
          await m.query(`RELEASE SAVEPOINT comment_line`);
          created++;
        }
      }
      await m.query(`UPDATE live_session SET comments = comments + $2, updated_at = now() WHERE id = $1`, [sessionId, counted]);
      if (actor.kind === "stall")
        await actor.ctx.audit(m, {
          targetId: session.id,
          before: null,
          after: { comments: counted, created, rejected: rejected.length },
        });
    });
    // In the order they were pasted.
    const at = (line: string) => lines.findIndex((l) => l.trim() === line);
    return { created, rejected: rejected.sort((x, y) => at(x.line) - at(y.line)) };
  }

  /** Takes the units for one comment's draft and queues its SMS; the reason when it cannot. */
  private async hold(
    m: EntityManager,
    sessionId: string,
    offer: { id: string; code: string; per_buyer_limit: number | null },
    order: { quantity: number; phone: string; name: string },
    now: Date,
  ): Promise<string | null> {
    const [rows] = await m.query<[{ remaining: number }[], number]>(
      `UPDATE live_offer SET taken = taken + $2, updated_at = now() WHERE id = $1 AND held - taken >= $2 RETURNING held - taken AS remaining`,
      [offer.id, order.quantity],
    );
    if (!rows[0]) return `not enough of ${offer.code} left`;
    if (!(await countForBuyer(m, offer.id, order.phone, order.quantity, offer.per_buyer_limit)))
      return `at most ${offer.per_buyer_limit} of ${offer.code} per buyer`;
    const draftId = crypto.randomUUID();
    await m.query(
      `INSERT INTO live_draft (id, session_id, offer_id, phone, name, quantity, token_hash, status, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'held', $8)`,
      [
        draftId,
        sessionId,
        offer.id,
        order.phone,
        order.name,
        order.quantity,
        sha256(draftToken(this.deps.secret, draftId)),
        new Date(now.getTime() + LIVE_DRAFT_HOLD_MINUTES * 60_000),
      ],
    );
    await m.save(
      m.create(OutboxMessage, { topic: LIVE_DRAFT_TOPIC, payload: { draftId }, processedAt: null, attempts: 0, lastError: null }),
    );
    await announceLive(m, sessionId, { type: "offer", offerId: offer.id, code: offer.code, remaining: rows[0].remaining });
    return null;
  }

  /** The draft a link names (404 for a wrong token). */
  async view(token: string): Promise<DraftView> {
    const [d] = await this.deps.ds.query<
      {
        code: string;
        name: string;
        quantity: number;
        live_price: string;
        product_name: string;
        title: string;
        status: DraftView["status"];
        expires_at: Date;
      }[]
    >(
      `SELECT o.code, d.name, d.quantity, o.live_price, p.name AS product_name, s.title, d.status, d.expires_at
         FROM live_draft d JOIN live_offer o ON o.id = d.offer_id JOIN product p ON p.id = o.product_id
         JOIN live_session s ON s.id = d.session_id WHERE d.token_hash = $1`,
      [sha256(token)],
    );
    if (!d) throw AppError.notFound("Order");
    return {
      code: d.code,
      name: d.name,
      quantity: d.quantity,
      livePrice: Number(d.live_price),
      productName: d.product_name,
      sessionTitle: d.title,
      status: d.status,
      expiresAt: d.expires_at.toISOString(),
    };
  }

  /** The buyer (signed in) confirms their draft with an address and a payment method: an order through checkout. */
  async confirm(
    buyer: User,
    body: { token: string; shippingAddress: ShippingAddress; paymentMethod: PaymentMethod },
    ipAddr: string,
  ): Promise<CheckoutResponse> {
    const { ds, checkout } = this.deps;
    const [d] = await ds.query<
      { id: string; session_id: string; offer_id: string; code: string; product_id: string; quantity: number }[]
    >(
      `SELECT d.id, d.session_id, d.offer_id, o.code, o.product_id, d.quantity
         FROM live_draft d JOIN live_offer o ON o.id = d.offer_id WHERE d.token_hash = $1`,
      [sha256(body.token)],
    );
    if (!d) throw AppError.notFound("Order");
    const result = await checkout.checkout(
      buyer,
      `live-draft:${d.id}`,
      {
        items: [{ productId: d.product_id, quantity: d.quantity }],
        shippingAddress: body.shippingAddress,
        paymentMethod: body.paymentMethod,
      },
      ipAddr,
      { sessionId: d.session_id, offerId: d.offer_id, code: d.code, productId: d.product_id, draftId: d.id },
    );
    await ds.query(`UPDATE live_draft SET order_id = $2 WHERE id = $1 AND order_id IS NULL`, [d.id, result.order.id]);
    return { order: result.order, payment: result.payment };
  }

  /**
   * Gives back the units of drafts unconfirmed after 30 minutes (the `live.sweep` job, any process): each draft
   * is moved with a guarded UPDATE, so its units come back once. While the session is live they return to the
   * offer; after its end, to the product (the end returned only what was not taken).
   */
  async expireDue(): Promise<number> {
    const { ds, clock } = this.deps;
    const due = await ds.query<{ id: string }[]>(
      `SELECT id FROM live_draft WHERE status = 'held' AND expires_at <= $1 LIMIT 500`,
      [clock.now()],
    );
    let expired = 0;
    for (const { id } of due)
      expired += await ds.transaction(async (m) => {
        const [rows] = await m.query<[{ offer_id: string; session_id: string; quantity: number; phone: string }[], number]>(
          `UPDATE live_draft SET status = 'expired', updated_at = now() WHERE id = $1 AND status = 'held'
           RETURNING offer_id, session_id, quantity, phone`,
          [id],
        );
        const d = rows[0];
        if (!d) return 0;
        // The offer first (as the end does), then the session's state, read after the lock.
        const [[offer]] = await m.query<[{ product_id: string; code: string; remaining: number }[], number]>(
          `UPDATE live_offer SET taken = taken - $2, updated_at = now() WHERE id = $1
           RETURNING product_id, code, held - taken AS remaining`,
          [d.offer_id, d.quantity],
        );
        await m.query(`UPDATE live_offer_buyer SET quantity = quantity - $3 WHERE offer_id = $1 AND buyer_key = $2`, [
          d.offer_id,
          d.phone,
          d.quantity,
        ]);
        const [s] = await m.query<{ status: string }[]>(`SELECT status FROM live_session WHERE id = $1`, [d.session_id]);
        if (s?.status === "live")
          await announceLive(m, d.session_id, {
            type: "offer",
            offerId: d.offer_id,
            code: offer!.code,
            remaining: offer!.remaining,
          });
        else
          await m.query(`UPDATE product SET stock = stock + $2, updated_at = now() WHERE id = $1`, [
            offer!.product_id,
            d.quantity,
          ]);
        return 1;
      });
    return expired;
  }
}

/** The SMS a draft's buyer gets: what they ordered and the link (composed by the notification job). */
export async function composeLiveDraft(
  m: EntityManager,
  payload: Record<string, unknown>,
  links: { publicUrl: string; secret: string } | undefined,
): Promise<{ key: string; to: null; sms: string; subject: string; html: string; text: string }[]> {
  if (!links) throw new Error("no public URL and secret for live draft links");
  const draftId = String(payload.draftId);
  const [d] = await m.query<{ phone: string; code: string; quantity: number; title: string }[]>(
    `SELECT d.phone, o.code, d.quantity, s.title FROM live_draft d JOIN live_offer o ON o.id = d.offer_id
       JOIN live_session s ON s.id = d.session_id WHERE d.id = $1 AND d.status = 'held'`,
    [draftId],
  );
  // Confirmed or expired before the job ran: nothing to send.
  if (!d) return [];
  const url = `${links.publicUrl}${LIVE_DRAFT_PATH}#token=${draftToken(links.secret, draftId)}`;
  const text = `Chợ Phiên: bạn đặt ${d.quantity} ${d.code} trong phiên "${d.title.slice(0, 40)}". Xác nhận địa chỉ và thanh toán trong ${LIVE_DRAFT_HOLD_MINUTES} phút: ${url}`;
  return [{ key: "buyer:sms", to: null, sms: d.phone, subject: "", html: "", text }];
}
