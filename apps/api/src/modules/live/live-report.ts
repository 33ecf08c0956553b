import type { DataSource } from "typeorm";
import type { LiveReport } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import { LiveSession, LiveSessionStall } from "./live-session.entity";
import type { LiveActor, LiveService } from "./live.service";

/**
 * What a session sold, from its orders (`customer_order.live_session_id`, indexed) and its offers: orders by
 * state, goods revenue of orders not cancelled, per stall, per offer, per minute (GMT+7), units held and sold.
 * Viewers are the host's entered figures (the market cannot count a TikTok audience), marked `entered`.
 * A stall invited into the session (and accepted) reads its own part only: its offers, orders, units and revenue.
 */
export class LiveReports {
  constructor(
    private readonly ds: DataSource,
    private readonly live: LiveService,
  ) {}

  async report(actor: LiveActor, id: string): Promise<LiveReport> {
    const { session, part } = await this.reader(actor, id);
    const q = <T>(sql: string) => this.ds.query<T[]>(sql, [id, part]);
    type Totals = { placed: number; paid: number; delivered: number; cancelled: number; revenue: string };
    const [orders] = part
      ? await q<Totals>(
          `SELECT count(*)::int AS placed,
                  count(*) FILTER (WHERE co.payment_status = 'paid')::int AS paid,
                  count(*) FILTER (WHERE so.status IN ('delivered', 'completed'))::int AS delivered,
                  count(*) FILTER (WHERE so.status = 'cancelled')::int AS cancelled,
                  coalesce((SELECT sum(oi.line_total) FROM stall_order s2 JOIN order_item oi ON oi.stall_order_id = s2.id
                             JOIN customer_order c2 ON c2.id = s2.order_id
                            WHERE c2.live_session_id = $1 AND s2.stall_id = $2 AND s2.status <> 'cancelled'), 0) AS revenue
             FROM customer_order co JOIN stall_order so ON so.order_id = co.id
            WHERE co.live_session_id = $1 AND so.stall_id = $2`,
        )
      : await q<Totals>(
          `SELECT count(*)::int AS placed,
                  count(*) FILTER (WHERE payment_status = 'paid')::int AS paid,
                  count(*) FILTER (WHERE status IN ('delivered', 'completed'))::int AS delivered,
                  count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
                  coalesce(sum(subtotal) FILTER (WHERE status <> 'cancelled'), 0) AS revenue
             FROM customer_order WHERE live_session_id = $1 AND $2::uuid IS NULL`,
        );
    const perStall = await q<{ stall_id: string; name: string; orders: number; units: number; revenue: string }>(
      `SELECT st.id AS stall_id, st.name, count(DISTINCT so.id)::int AS orders,
              coalesce(sum(oi.quantity), 0)::int AS units, coalesce(sum(oi.line_total), 0) AS revenue
         FROM live_session_stall ss JOIN stall st ON st.id = ss.stall_id
         LEFT JOIN stall_order so ON so.stall_id = st.id AND so.status <> 'cancelled'
              AND so.order_id IN (SELECT id FROM customer_order WHERE live_session_id = $1)
         LEFT JOIN order_item oi ON oi.stall_order_id = so.id
        WHERE ss.session_id = $1 AND ($2::uuid IS NULL OR st.id = $2) GROUP BY st.id, st.name, ss.host ORDER BY ss.host DESC, st.name`,
    );
    const perOffer = await q<{ code: string; name: string; held: number; sold: number; revenue: string }>(
      `SELECT o.code, p.name, o.held,
              coalesce((SELECT sum(oi.quantity) FROM customer_order co JOIN stall_order so ON so.order_id = co.id
                          JOIN order_item oi ON oi.stall_order_id = so.id
                         WHERE co.live_session_id = $1 AND co.live_offer_code = o.code AND so.status <> 'cancelled'), 0)::int AS sold,
              coalesce((SELECT sum(oi.line_total) FROM customer_order co JOIN stall_order so ON so.order_id = co.id
                          JOIN order_item oi ON oi.stall_order_id = so.id
                         WHERE co.live_session_id = $1 AND co.live_offer_code = o.code AND so.status <> 'cancelled'), 0) AS revenue
         FROM live_offer o JOIN product p ON p.id = o.product_id
        WHERE o.session_id = $1 AND ($2::uuid IS NULL OR o.stall_id = $2) ORDER BY o.position`,
    );
    const perMinute = await q<{ minute: string; orders: number; units: number }>(
      `SELECT to_char(co.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24:MI') AS minute, count(DISTINCT co.id)::int AS orders,
              coalesce(sum(oi.quantity), 0)::int AS units
         FROM customer_order co JOIN stall_order so ON so.order_id = co.id JOIN order_item oi ON oi.stall_order_id = so.id
        WHERE co.live_session_id = $1 AND ($2::uuid IS NULL OR so.stall_id = $2)
        GROUP BY 1, date_trunc('minute', co.created_at) ORDER BY date_trunc('minute', co.created_at)`,
    );
    const offers = perOffer.map((o) => ({ code: o.code, name: o.name, held: o.held, sold: o.sold, revenue: Number(o.revenue) }));
    return {
      viewers: { peak: session.viewersPeak, unique: session.viewersUnique, entered: true },
      comments: session.comments,
      orders: { placed: orders!.placed, paid: orders!.paid, delivered: orders!.delivered, cancelled: orders!.cancelled },
      revenue: Number(orders!.revenue),
      perStall: perStall.map((s) => ({
        stallId: s.stall_id,
        name: s.name,
        orders: s.orders,
        units: s.units,
        revenue: Number(s.revenue),
      })),
      perOffer: offers,
      units: { held: offers.reduce((s, o) => s + o.held, 0), sold: offers.reduce((s, o) => s + o.sold, 0) },
      perMinute,
    };
  }

  /** The host (or admin) reads the whole session; an accepted invited stall its part; anyone else gets 404. */
  private async reader(actor: LiveActor, id: string) {
    try {
      return { session: await this.live.hosted(this.ds.manager, actor, id, false), part: null };
    } catch (err) {
      if (actor.kind !== "stall" || (err as { status?: number }).status !== 403) throw err;
      const stallId = actor.ctx.stall.id;
      const accepted = await this.ds.manager.exists(LiveSessionStall, { where: { sessionId: id, stallId, status: "accepted" } });
      if (!accepted) throw AppError.notFound("Live session");
      return { session: await this.ds.manager.findOneByOrFail(LiveSession, { id }), part: stallId };
    }
  }
}

const cell = (v: string | number) => {
  const s = String(v);
  // Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The report as CSV: one row per offer, then the totals (UTF-8 with a BOM, so Excel reads the diacritics). */
export function reportCsv(r: LiveReport): string {
  const rows: (string | number)[][] = [
    ["code", "product", "held", "sold", "revenue_vnd"],
    ...r.perOffer.map((o) => [o.code, o.name, o.held, o.sold, o.revenue]),
    ["total", "", r.units.held, r.units.sold, r.perOffer.reduce((s, o) => s + o.revenue, 0)],
  ];
  return "\uFEFF" + rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
