import type { EntityManager } from "typeorm";
import type { LiveOffer, LiveSession, PublicLiveOffer } from "@chophien/contracts";

interface SessionRow {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  starts_at: Date;
  ends_at: Date;
  platform: LiveSession["platform"];
  stream_url: string | null;
  status: LiveSession["status"];
  host_stall_id: string | null;
  pinned_offer_id: string | null;
  started_at: Date | null;
  ended_at: Date | null;
  stalls: LiveSession["stalls"];
}

/** Sessions by id (in the order given), with their stalls; only whitelisted fields. */
export async function loadSessions(m: EntityManager, ids: string[]): Promise<LiveSession[]> {
  if (!ids.length) return [];
  const rows = await m.query<SessionRow[]>(
    `SELECT s.id, s.slug, s.title, s.description, s.starts_at, s.ends_at, s.platform, s.stream_url, s.status,
            s.host_stall_id, s.pinned_offer_id, s.started_at, s.ended_at,
            (SELECT coalesce(json_agg(json_build_object('stallId', st.id, 'name', st.name, 'slug', st.slug,
                                                        'status', ss.status, 'host', ss.host) ORDER BY ss.host DESC, ss.created_at), '[]')
               FROM live_session_stall ss JOIN stall st ON st.id = ss.stall_id WHERE ss.session_id = s.id) AS stalls
       FROM live_session s WHERE s.id = ANY($1)`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [presentSession(r)] : [];
  });
}

function presentSession(r: SessionRow): LiveSession {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    description: r.description,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    platform: r.platform,
    streamUrl: r.stream_url,
    status: r.status,
    hostStallId: r.host_stall_id,
    stalls: r.stalls,
    pinnedOfferId: r.pinned_offer_id,
    startedAt: r.started_at?.toISOString() ?? null,
    endedAt: r.ended_at?.toISOString() ?? null,
  };
}

/** A session's offers in code order, with the product's name, slug and regular price. */
export async function loadOffers(m: EntityManager, sessionId: string): Promise<(LiveOffer & { productSlug: string })[]> {
  const rows = await m.query<
    {
      id: string;
      code: string;
      stall_id: string;
      product_id: string;
      name: string;
      slug: string;
      live_price: string;
      price: string;
      quantity: number;
      held: number;
      taken: number;
      per_buyer_limit: number | null;
      started: boolean;
    }[]
  >(
    `SELECT o.id, o.code, o.stall_id, o.product_id, p.name, p.slug, o.live_price, p.price, o.quantity, o.held, o.taken,
            o.per_buyer_limit, s.started_at IS NOT NULL AS started
       FROM live_offer o JOIN product p ON p.id = o.product_id JOIN live_session s ON s.id = o.session_id
      WHERE o.session_id = $1 ORDER BY o.position`,
    [sessionId],
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    stallId: r.stall_id,
    productId: r.product_id,
    productSlug: r.slug,
    name: r.name,
    livePrice: Number(r.live_price),
    regularPrice: Number(r.price),
    quantity: r.quantity,
    held: r.held,
    taken: r.taken,
    // Before the start nothing is held yet: what will be asked for is what viewers can expect.
    remaining: r.started ? r.held - r.taken : r.quantity,
    perBuyerLimit: r.per_buyer_limit,
    short: r.started && r.held < r.quantity,
  }));
}

/** What a shopper sees of an offer. */
export function presentPublicOffer(o: LiveOffer & { productSlug: string }, pinnedOfferId: string | null): PublicLiveOffer {
  return {
    id: o.id,
    code: o.code,
    productId: o.productId,
    productSlug: o.productSlug,
    name: o.name,
    livePrice: o.livePrice,
    regularPrice: o.regularPrice,
    remaining: o.remaining,
    perBuyerLimit: o.perBuyerLimit,
    pinned: o.id === pinnedOfferId,
  };
}

/** `loadOffers` without the slug (the seller's shape). */
export const sellerOffer = ({ productSlug: _slug, ...o }: LiveOffer & { productSlug: string }): LiveOffer => o;
