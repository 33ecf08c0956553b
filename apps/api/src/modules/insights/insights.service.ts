import type { DataSource } from "typeorm";
import {
  type DayPoint,
  type PlatformSummary,
  type SellerSummary,
  type StallOrderStatus,
  VN_TIME_ZONE,
} from "@chophien/contracts";
import type { Clock } from "../../lib/clock";
import type { ImageRef } from "../../lib/images/image-processor";
import { presentImage } from "../../lib/images/present";

const TZ = VN_TIME_ZONE;
/** Stall orders that are sales: not cancelled, not still waiting for a VNPay payment. */
const SALE = `so.status NOT IN ('cancelled', 'awaiting_payment')`;

/**
 * The period's bounds as SQL over `$1` (now) and `$2` (days): its first GMT+7 day and the instant it begins.
 * Every dashboard query takes those two parameters first.
 */
const FIRST_DAY = `(($1::timestamptz AT TIME ZONE '${TZ}')::date - ($2::int - 1))`;
const SINCE = `(${FIRST_DAY}::timestamp AT TIME ZONE '${TZ}')`;
const dayOf = (column: string) => `(${column} AT TIME ZONE '${TZ}')::date`;

/** Every day of the period, oldest first, joined with `daily` (a query yielding `day, amount, count`). */
const seriesSql = (daily: string) => `
  SELECT to_char(d.day, 'YYYY-MM-DD') AS day, coalesce(x.amount, 0)::bigint AS amount, coalesce(x.count, 0)::int AS count
    FROM generate_series(${FIRST_DAY}, ($1::timestamptz AT TIME ZONE '${TZ}')::date, interval '1 day') AS d(day)
    LEFT JOIN (${daily}) x ON x.day = d.day::date
   ORDER BY d.day`;

interface DayRow {
  day: string;
  /** bigint: a string from pg */
  amount: string;
  count: number;
}
interface TopRow {
  product_id: string;
  name: string;
  quantity: number;
  revenue: string;
  thumbnail: ImageRef | null;
}

const points = (rows: DayRow[]): DayPoint[] => rows.map((r) => ({ day: r.day, amount: Number(r.amount), count: r.count }));

/** The dashboards' figures, each from one aggregate query over the period (GMT+7 days). */
export class InsightsService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
  ) {}

  async seller(stallId: string, days: number): Promise<SellerSummary> {
    const base = [this.clock.now(), days, stallId];
    const [series, top, counts] = await Promise.all([
      this.ds.query<DayRow[]>(
        seriesSql(`SELECT ${dayOf("so.created_at")} AS day, sum(so.subtotal) AS amount, count(*) AS count
                     FROM stall_order so WHERE so.stall_id = $3 AND so.created_at >= ${SINCE} AND ${SALE} GROUP BY 1`),
        base,
      ),
      this.ds.query<TopRow[]>(
        `SELECT oi.product_id, (array_agg(oi.name ORDER BY so.created_at DESC))[1] AS name,
                sum(oi.quantity)::int AS quantity, sum(oi.line_total)::bigint AS revenue,
                (array_agg(oi.thumbnail ORDER BY so.created_at DESC) FILTER (WHERE oi.thumbnail IS NOT NULL))[1] AS thumbnail
           FROM order_item oi JOIN stall_order so ON so.id = oi.stall_order_id
          WHERE so.stall_id = $3 AND so.created_at >= ${SINCE} AND ${SALE}
          GROUP BY oi.product_id ORDER BY revenue DESC, quantity DESC, oi.product_id LIMIT 5`,
        base,
      ),
      this.ds.query<{ status: StallOrderStatus; n: number }[]>(
        `SELECT status, count(*)::int AS n FROM stall_order WHERE stall_id = $1 GROUP BY status`,
        [stallId],
      ),
    ]);
    const daily = points(series);
    return {
      days: daily,
      revenue: daily.reduce((sum, d) => sum + d.amount, 0),
      orders: daily.reduce((sum, d) => sum + d.count, 0),
      topProducts: top.map((t) => ({
        productId: t.product_id,
        name: t.name,
        quantity: t.quantity,
        revenue: Number(t.revenue),
        thumbnail: t.thumbnail ? presentImage(t.thumbnail) : null,
      })),
      counts: Object.fromEntries(counts.map((c) => [c.status, c.n])),
    };
  }

  /** GMV is goods plus shipping of the period's sales (per stall order, so a part cancelled is left out). */
  async platform(days: number): Promise<PlatformSummary> {
    const base = [this.clock.now(), days];
    const [orders, stalls, [queues]] = await Promise.all([
      this.ds.query<DayRow[]>(
        seriesSql(`SELECT ${dayOf("so.created_at")} AS day, sum(so.subtotal + so.shipping_fee) AS amount,
                          count(DISTINCT so.order_id) AS count
                     FROM stall_order so WHERE so.created_at >= ${SINCE} AND ${SALE} GROUP BY 1`),
        base,
      ),
      this.ds.query<DayRow[]>(
        seriesSql(`SELECT ${dayOf("s.created_at")} AS day, 0 AS amount, count(*) AS count
                     FROM stall s WHERE s.created_at >= ${SINCE} GROUP BY 1`),
        base,
      ),
      this.ds.query<{ pending: number; failed_refunds: number; hidden: number; review_requests: number }[]>(
        `SELECT (SELECT count(*)::int FROM stall WHERE status = 'pending') AS pending,
                (SELECT count(*)::int FROM refund WHERE status = 'failed') AS failed_refunds,
                (SELECT count(*)::int FROM product WHERE hidden_at IS NOT NULL) AS hidden,
                (SELECT count(*)::int FROM product WHERE hidden_at IS NOT NULL AND review_requested_at IS NOT NULL) AS review_requests`,
      ),
    ]);
    const o = points(orders);
    const s = points(stalls);
    const q = queues!;
    return {
      orders: o,
      stalls: s,
      gmv: o.reduce((sum, d) => sum + d.amount, 0),
      // A checkout split over two stalls is one order.
      orderCount: o.reduce((sum, d) => sum + d.count, 0),
      newStalls: s.reduce((sum, d) => sum + d.count, 0),
      pendingApplications: q.pending,
      failedRefunds: q.failed_refunds,
      hiddenProducts: q.hidden,
      reviewRequests: q.review_requests,
    };
  }
}
