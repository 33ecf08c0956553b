import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { PROVINCE_SLUGS, provinceBySlug, type StallOrderStatus } from "@chophien/contracts";
import { freshMigratedDatabase } from "../../../test/database";
import { createSharpImageProcessor } from "../../lib/images/image-processor";
import { createLocalStorage } from "../../lib/storage/local-storage";
import { LedgerService } from "../../modules/ledger/ledger.service";
import type { Actor } from "../../modules/orders/order-event.entity";
import type { OrderAction } from "../../modules/orders/order-state";
import { OrdersService } from "../../modules/orders/orders.service";
import { recomputeRating } from "../../modules/reviews/reviews.service";
import { createDataSource } from "../data-source";
import { demoAccounts } from "./demo-accounts";
import { dayWeight, planHistory } from "./history";
import { loadHistoryStalls } from "./history-write";
import { planMarket } from "./plan";
import { seedDemoMarket, type SeedResult } from "./seed";

const NOW = new Date("2026-12-03T05:00:00Z");
/** Small enough to stay quick, big enough for every state and both kinds of refund (30 stalls, ~160 orders). */
const SCALE = 0.1;
const DAY = 86_400_000;

describe("the seeded history", () => {
  let db: { url: string; drop: () => Promise<void> };
  let ds: DataSource;
  let mediaDir: string;
  let result: SeedResult;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => ds.query<T[]>(sql, params);

  beforeAll(async () => {
    db = await freshMigratedDatabase();
    ds = await createDataSource({ url: db.url, poolSize: 2 }).initialize();
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-history-"));
    result = await seedDemoMarket(ds, {
      scale: SCALE,
      now: NOW,
      storage: createLocalStorage(mediaDir),
      processor: createSharpImageProcessor(),
    });
  }, 120_000);

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  it("is the same market every time", async () => {
    const plan = planMarket({ scale: SCALE, now: NOW });
    const stalls = await loadHistoryStalls(ds.manager, plan);
    // The products' stock after the history; the plan starts from the stock before it.
    const before = plan.flatMap((s) => s.products.map((p) => p.stock));
    stalls.flatMap((s) => s.products).forEach((p, i) => (p.stock = before[i]!));
    const options = { scale: SCALE, now: NOW, stalls, commissionRateBps: 500, codRemittedBy: "stall" as const };
    const a = planHistory(options);
    const b = planHistory(options);
    const codes = a.orders.map((o) => `${o.code} ${o.status} ${o.grandTotal}`);
    expect(b.orders.map((o) => `${o.code} ${o.status} ${o.grandTotal}`)).toEqual(codes);
    const seeded = await q<{ line: string }>(`SELECT code || ' ' || status || ' ' || grand_total AS line FROM customer_order`);
    expect(seeded.map((r) => r.line).sort()).toEqual([...codes].sort());
    expect(b.reviews.map((r) => `${r.product.id} ${r.rating}`)).toEqual(a.reviews.map((r) => `${r.product.id} ${r.rating}`));
  });

  it("has orders in every state, both payment methods, cancellations by each side and both kinds of refund", async () => {
    const statuses = (await q<{ status: StallOrderStatus }>(`SELECT DISTINCT status FROM stall_order`)).map((r) => r.status);
    expect(statuses).toEqual(expect.arrayContaining(["placed", "confirmed", "shipped", "delivered", "completed", "cancelled"]));
    const cancelledBy = (await q<{ actor: Actor }>(`SELECT DISTINCT actor FROM order_event WHERE to_status = 'cancelled'`)).map(
      (r) => r.actor,
    );
    expect(cancelledBy.sort()).toEqual(["buyer", "seller", "system"]);
    const methods = await q<{ payment_method: string; n: number }>(
      `SELECT payment_method, count(*)::int AS n FROM customer_order GROUP BY 1 ORDER BY 1`,
    );
    expect(methods.map((m) => m.payment_method)).toEqual(["cod", "vnpay"]);
    const shipped = await q(
      `SELECT 1 FROM stall_order WHERE status IN ('shipped', 'delivered', 'completed') AND (carrier IS NULL OR tracking_number IS NULL)`,
    );
    expect(shipped).toEqual([]);
    const refunds = await q<{ transaction_type: string; payment_status: string }>(
      `SELECT r.transaction_type, o.payment_status FROM refund r JOIN payment p ON p.id = r.payment_id JOIN customer_order o ON o.id = p.order_id WHERE r.status = 'succeeded'`,
    );
    expect(refunds).toEqual(expect.arrayContaining([{ transaction_type: "02", payment_status: "refunded" }]));
    expect(refunds).toEqual(expect.arrayContaining([{ transaction_type: "03", payment_status: "partially_refunded" }]));
    // Every settled VNPay payment is what the IPN leaves: paid, with the bank's transaction number and its answer.
    const badPayments = await q(
      `SELECT p.id FROM payment p JOIN customer_order o ON o.id = p.order_id
        WHERE (p.status = 'paid' AND (p.transaction_no IS NULL OR p.response_code <> '00' OR p.paid_at IS NULL OR p.raw->>'vnp_TxnRef' <> p.txn_ref OR p.amount <> o.grand_total))
           OR (p.status = 'expired' AND o.payment_status <> 'failed')`,
    );
    expect(badPayments).toEqual([]);
  });

  it("matches, row for row, what the order services write when the same moves are replayed through them", async () => {
    const snapshot = async () => ({
      parts: await q(
        `SELECT so.id, so.status, so.carrier, so.tracking_number, so.cancel_reason, so.delivered_at IS NOT NULL AS delivered
           FROM stall_order so ORDER BY so.id`,
      ),
      orders: await q(
        `SELECT id, status, CASE WHEN payment_status IN ('refunded', 'partially_refunded') THEN 'paid' ELSE payment_status END AS payment_status
           FROM customer_order ORDER BY id`,
      ),
      events: await q(
        `SELECT stall_order_id, actor, actor_id, from_status, to_status, note FROM order_event
          ORDER BY stall_order_id, from_status NULLS FIRST, to_status`,
      ),
      ledger: await q(
        `SELECT stall_id, stall_order_id, kind, amount::text, note FROM ledger_entry WHERE stall_order_id IS NOT NULL ORDER BY stall_order_id, kind`,
      ),
      refunds: await q(`SELECT stall_order_id, payment_id, amount::text, transaction_type FROM refund ORDER BY stall_order_id`),
      stock: await q(`SELECT id, stock FROM product ORDER BY id`),
    });
    const seeded = await snapshot();
    const moves = await q<{
      stall_order_id: string;
      actor: Actor;
      actor_id: string | null;
      from_status: StallOrderStatus;
      to_status: StallOrderStatus;
      note: string | null;
      at: Date;
    }>(
      `SELECT stall_order_id, actor, actor_id, from_status, to_status, note, created_at AS at FROM order_event
        WHERE from_status IS NOT NULL ORDER BY created_at, id`,
    );
    const ACTION: Record<string, OrderAction> = {
      placed: "pay",
      confirmed: "confirm",
      shipped: "ship",
      delivered: "deliver",
      completed: "complete",
      cancelled: "cancel",
    };
    let at = NOW;
    const orders = new OrdersService(ds, { now: () => at }, "stall");
    const runner = ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const m = runner.manager;
      // Back to what checkout left: every part in its first state, its stock taken, nothing booked or refunded.
      await m.query(
        `UPDATE product p SET stock = p.stock - x.qty FROM (
           SELECT oi.product_id, sum(oi.quantity)::int AS qty FROM order_item oi JOIN stall_order so ON so.id = oi.stall_order_id
            WHERE so.status = 'cancelled' GROUP BY 1) x WHERE p.id = x.product_id`,
      );
      await m.query(`DELETE FROM order_event WHERE from_status IS NOT NULL`);
      await m.query(`DELETE FROM ledger_entry WHERE stall_order_id IS NOT NULL`);
      await m.query(`DELETE FROM refund`);
      await m.query(
        `UPDATE stall_order so SET status = e.to_status, carrier = NULL, tracking_number = NULL, cancel_reason = NULL, delivered_at = NULL
           FROM order_event e WHERE e.stall_order_id = so.id AND e.from_status IS NULL`,
      );
      await m.query(
        `UPDATE customer_order SET payment_status = CASE WHEN payment_method = 'cod' THEN 'unpaid'
           WHEN payment_status IN ('refunded', 'partially_refunded') THEN 'paid' ELSE payment_status END`,
      );
      for (const e of moves) {
        at = new Date(e.at);
        const [carrier, trackingNumber] = e.to_status === "shipped" ? e.note!.split(" · ") : [];
        await orders.transition(m, e.stall_order_id, {
          actor: e.actor,
          actorId: e.actor_id,
          action: ACTION[e.to_status]!,
          note: e.note,
          ...(carrier && { carrier, trackingNumber: trackingNumber! }),
        });
      }
      const read = (sql: string) => m.query<Record<string, unknown>[]>(sql);
      const replayed = {
        parts: await read(
          `SELECT so.id, so.status, so.carrier, so.tracking_number, so.cancel_reason, so.delivered_at IS NOT NULL AS delivered FROM stall_order so ORDER BY so.id`,
        ),
        orders: await read(`SELECT id, status, payment_status FROM customer_order ORDER BY id`),
        events: await read(
          `SELECT stall_order_id, actor, actor_id, from_status, to_status, note FROM order_event ORDER BY stall_order_id, from_status NULLS FIRST, to_status`,
        ),
        ledger: await read(
          `SELECT stall_id, stall_order_id, kind, amount::text, note FROM ledger_entry WHERE stall_order_id IS NOT NULL ORDER BY stall_order_id, kind`,
        ),
        refunds: await read(
          `SELECT stall_order_id, payment_id, amount::text, transaction_type FROM refund ORDER BY stall_order_id`,
        ),
        stock: await read(`SELECT id, stock FROM product ORDER BY id`),
      };
      expect(replayed.parts).toEqual(seeded.parts);
      expect(replayed.orders).toEqual(seeded.orders);
      expect(replayed.events).toEqual(seeded.events);
      expect(replayed.ledger).toEqual(seeded.ledger);
      expect(replayed.refunds).toEqual(seeded.refunds);
      expect(replayed.stock).toEqual(seeded.stock);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }, 120_000);

  it("keeps ratings as recomputeRating makes them, from reviews of received goods", async () => {
    const before = await q(`SELECT id, rating_avg, rating_count FROM product ORDER BY id`);
    expect(before.some((p) => Number(p.rating_count) > 0)).toBe(true);
    const runner = ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      for (const p of before) await recomputeRating(runner.manager, p.id as string);
      expect(await runner.manager.query(`SELECT id, rating_avg, rating_count FROM product ORDER BY id`)).toEqual(before);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    // Each review is its author's word on something they received, after it was completed; replies and hiding later.
    const unearned = await q(
      `SELECT r.id FROM review r WHERE NOT EXISTS (
         SELECT 1 FROM order_item oi JOIN stall_order so ON so.id = oi.stall_order_id JOIN customer_order o ON o.id = so.order_id
          JOIN order_event e ON e.stall_order_id = so.id AND e.to_status = 'completed'
         WHERE oi.product_id = r.product_id AND o.buyer_id = r.author_id AND e.created_at < r.created_at)
         OR r.replied_at < r.created_at OR r.hidden_at < r.created_at`,
    );
    expect(unearned).toEqual([]);
    const [mix] = await q<{ five: number; low: number; n: number; hidden: number; replied: number }>(
      `SELECT count(*) FILTER (WHERE rating = 5)::int AS five, count(*) FILTER (WHERE rating <= 2)::int AS low, count(*)::int AS n,
              count(hidden_at)::int AS hidden, count(reply)::int AS replied FROM review`,
    );
    expect(mix!.five / mix!.n).toBeGreaterThan(0.45);
    expect(mix!.low / mix!.n).toBeLessThan(0.15);
    expect(mix!.replied).toBeGreaterThan(0);
    expect(mix!.replied).toBeLessThan(mix!.n);
  });

  it("reconciles every stall's ledger with its orders and payouts, never paying out more than the market held", async () => {
    const ledger = new LedgerService(ds, "stall");
    const stalls = await q<{ id: string }>(`SELECT DISTINCT stall_id AS id FROM stall_order`);
    expect((await q(`SELECT 1 FROM payout`)).length).toBeGreaterThan(0);
    for (const stall of stalls) {
      const [x] = await q<{ owed: string; held: string; payouts: string; pending: string }>(
        `SELECT
           (SELECT COALESCE(SUM(CASE WHEN o.payment_method = 'cod' THEN 0 ELSE so.subtotal + so.shipping_fee END - so.commission), 0)
              FROM stall_order so JOIN customer_order o ON o.id = so.order_id WHERE so.stall_id = $1 AND so.status = 'completed')::text AS owed,
           (SELECT COALESCE(SUM(so.subtotal + so.shipping_fee), 0)
              FROM stall_order so JOIN customer_order o ON o.id = so.order_id
             WHERE so.stall_id = $1 AND so.status = 'completed' AND o.payment_method = 'vnpay'
               AND EXISTS (SELECT 1 FROM payment pm WHERE pm.order_id = o.id AND pm.status = 'paid'))::text AS held,
           (SELECT COALESCE(SUM(amount), 0) FROM payout WHERE stall_id = $1)::text AS payouts,
           (SELECT COALESCE(SUM(CASE WHEN o.payment_method = 'cod' THEN 0 ELSE so.subtotal + so.shipping_fee END - so.commission), 0)
              FROM stall_order so JOIN customer_order o ON o.id = so.order_id WHERE so.stall_id = $1 AND so.status = 'delivered')::text AS pending`,
        [stall.id],
      );
      const paidOut = Number(x!.payouts);
      const available = Number(x!.owed) - paidOut;
      const held = Number(x!.held) - paidOut;
      expect(held).toBeGreaterThanOrEqual(0);
      const st = await ledger.statement(stall, { page: 1, limit: 100 });
      expect(st.balance).toEqual({
        available,
        held,
        payable: Math.max(0, Math.min(available, held)),
        pendingSales: Number(x!.pending),
      });
    }
    // At the moment of each payout, it was within what createPayout would have allowed.
    const over = await q(
      `SELECT p.id FROM payout p WHERE p.amount > (
         SELECT LEAST(COALESCE(SUM(e.amount), 0), COALESCE(SUM(e.amount) FILTER (WHERE e.kind IN ('sale', 'cod_collected', 'refund', 'payout')), 0))
           FROM ledger_entry e WHERE e.stall_id = p.stall_id AND e.created_at < p.created_at)`,
    );
    expect(over).toEqual([]);
    const lines = await q(
      `SELECT p.id FROM payout p LEFT JOIN ledger_entry e ON e.payout_id = p.id AND e.kind = 'payout' AND e.amount = -p.amount WHERE e.id IS NULL`,
    );
    expect(lines).toEqual([]);
  });

  it("reads as a real market: real provinces, nothing in the future, a busy demo seller and buyer, low and sold-out stock", async () => {
    for (const table of [
      "customer_order",
      "stall_order",
      "order_event",
      "payment",
      "refund",
      "review",
      "ledger_entry",
      "payout",
      "app_user",
      "stall",
      "product",
    ]) {
      // (The seed's own admin is made when it runs, not at the history's "now".)
      const [row] = await q<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${table}" t WHERE (t.created_at > $1 OR t.updated_at > $1)${table === "app_user" ? ` AND t.role <> 'admin'` : ""}`,
        [NOW],
      );
      expect({ table, future: row!.n }).toEqual({ table, future: 0 });
    }
    const early = await q(
      `SELECT o.code FROM customer_order o JOIN stall_order so ON so.order_id = o.id JOIN stall s ON s.id = so.stall_id
         JOIN order_item oi ON oi.stall_order_id = so.id JOIN product p ON p.id = oi.product_id JOIN app_user u ON u.id = o.buyer_id
        WHERE o.created_at < s.approved_at OR o.created_at < p.created_at OR o.created_at < u.created_at OR o.created_at < $1::timestamptz - interval '183 days'`,
      [NOW],
    );
    expect(early).toEqual([]);
    const addresses = await q<{ province: string; ward: string; code: string }>(
      `SELECT shipping_address->>'province' AS province, shipping_address->>'ward' AS ward, code FROM customer_order`,
    );
    for (const a of addresses) {
      expect(PROVINCE_SLUGS).toContain(a.province);
      // The order code's date is the order's day in GMT+7.
      expect(a.code).toMatch(/^CP-\d{8}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    }
    const stalls = await q<{ province: string; address: string; story: string; description: string | null }>(
      `SELECT province, address, story, description FROM stall`,
    );
    for (const s of stalls) {
      expect(s.address.endsWith(provinceBySlug(s.province)!.name)).toBe(true);
      for (const year of s.story.match(/\b(19|20)\d{2}\b/g) ?? []) expect(Number(year)).toBeLessThanOrEqual(NOW.getUTCFullYear());
      expect(`${s.story} ${s.description ?? ""}`).not.toMatch(/undefined|null|NaN|\{|\}|\$| {2}/);
    }
    const products = await q<{ ocop_year: number | null; name: string; description: string }>(
      `SELECT ocop_year, name, description FROM product`,
    );
    for (const p of products) {
      if (p.ocop_year !== null) expect(p.ocop_year).toBeLessThanOrEqual(NOW.getUTCFullYear());
      expect(`${p.name} ${p.description}`).not.toMatch(/undefined|null|NaN|\{|\}|\$/);
    }

    const [seller] = await q<{ orders: number; to_answer: number; payouts: number; rank: number }>(
      `SELECT (SELECT count(*)::int FROM stall_order so WHERE so.stall_id = s.id) AS orders,
              (SELECT count(*)::int FROM review r JOIN product p ON p.id = r.product_id WHERE p.stall_id = s.id AND r.reply IS NULL) AS to_answer,
              (SELECT count(*)::int FROM payout WHERE stall_id = s.id) AS payouts,
              (SELECT count(*)::int FROM stall s2 WHERE (SELECT count(*) FROM stall_order WHERE stall_id = s2.id) > (SELECT count(*) FROM stall_order WHERE stall_id = s.id)) AS rank
         FROM stall s JOIN app_user u ON u.id = s.owner_id WHERE u.email = $1`,
      [result.history.busySeller],
    );
    expect(seller!.rank).toBe(0);
    expect(seller!.orders).toBeGreaterThan(10);
    expect(seller!.to_answer).toBeGreaterThan(0);
    expect(seller!.payouts).toBeGreaterThan(0);
    const [buyer] = await q<{ orders: number; reviews: number }>(
      `SELECT (SELECT count(*)::int FROM customer_order WHERE buyer_id = u.id) AS orders, (SELECT count(*)::int FROM review WHERE author_id = u.id) AS reviews
         FROM app_user u WHERE u.email = $1`,
      [result.history.buyer],
    );
    expect(result.history.buyer).toBe("buyer001@demo.chophien.vn");
    // What every start prints.
    expect(await demoAccounts(ds)).toEqual({
      seller: result.history.busySeller,
      buyer: result.history.buyer,
      helper: "helper001@demo.chophien.vn",
      business: "business001@demo.chophien.vn",
    });
    // A verified business's demand on the board, with offers from coffee stalls: one shortlisted and countered.
    const demandOffers = await q<{ status: string; rounds: number; org: string; demand: string; product: boolean }>(
      `SELECT f.status, (SELECT count(*)::int FROM demand_offer_round r WHERE r.offer_id = f.id) AS rounds, o.status AS org, d.status AS demand,
              f.product_id IS NOT NULL AS product
         FROM demand d JOIN organisation o ON o.id = d.organisation_id JOIN demand_offer f ON f.demand_id = d.id
        WHERE d.title = 'Thu mua cà phê rang xay Khe Sanh cho chuỗi siêu thị' ORDER BY f.created_at, f.id`,
    );
    expect(demandOffers.length).toBeGreaterThanOrEqual(2);
    expect(demandOffers[0]).toEqual({ status: "shortlisted", rounds: 2, org: "verified", demand: "open", product: true });
    expect(demandOffers.slice(1).every((o) => o.status === "open" && o.rounds === 1 && o.product)).toBe(true);
    // The youth union's next forum, published, presenting the demand, the answering stalls registered.
    const [forum] = await q<{ status: string; demands: number; stalls: number; upcoming: boolean }>(
      `SELECT e.status, (SELECT count(*)::int FROM connection_event_demand ed WHERE ed.event_id = e.id) AS demands,
              (SELECT count(*)::int FROM connection_event_registration r WHERE r.event_id = e.id) AS stalls, e.starts_at > now() AS upcoming
         FROM connection_event e WHERE e.title = 'Diễn đàn kết nối cung cầu nông sản thanh niên Quảng Trị'`,
    );
    expect(forum).toEqual({ status: "published", demands: 1, stalls: demandOffers.length, upcoming: true });
    // The busy stall shows the newer capabilities: a helper under an active grant, a lot with its chained timeline.
    const [grant] = await q<{ status: string; scopes: string[]; email: string }>(
      `SELECT g.status, g.scopes, u.email FROM stall_grant g JOIN stall s ON s.id = g.stall_id JOIN app_user u ON u.id = s.owner_id
        JOIN app_user h ON h.id = g.helper_id WHERE h.email = 'helper001@demo.chophien.vn'`,
    );
    expect(grant).toEqual({ status: "active", scopes: ["catalog", "orders", "reviews"], email: result.history.busySeller });
    const events = await q<{ seq: number; prev_hash: string | null; hash: string }>(
      `SELECT e.seq, e.prev_hash, e.hash FROM trace_event e JOIN trace_batch b ON b.id = e.batch_id WHERE b.lot = 'DEMO-2026-11' ORDER BY e.seq`,
    );
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    events.slice(1).forEach((e, i) => expect(e.prev_hash).toBe(events[i]!.hash));
    // A scheduled live session the market hosts, with an accepted offer from each of three stalls, the busy one first.
    const offers = await q<{ status: string; host: string | null; code: string; accepted: boolean; email: string }>(
      `SELECT ls.status, ls.host_stall_id AS host, o.code, ss.status = 'accepted' AS accepted, u.email
         FROM live_session ls JOIN live_offer o ON o.session_id = ls.id
         JOIN live_session_stall ss ON ss.session_id = ls.id AND ss.stall_id = o.stall_id
         JOIN stall s ON s.id = o.stall_id JOIN app_user u ON u.id = s.owner_id
        WHERE ls.title = 'Phiên chợ OCOP Tuổi trẻ Quảng Trị' ORDER BY o.position`,
    );
    expect(offers.map((o) => [o.status, o.host, o.code, o.accepted])).toEqual([
      ["scheduled", null, "A1", true],
      ["scheduled", null, "A2", true],
      ["scheduled", null, "A3", true],
    ]);
    expect(offers[0]!.email).toBe(result.history.busySeller);
    expect(buyer!.orders).toBeGreaterThan(5);
    expect(buyer!.reviews).toBeGreaterThan(2);
    const [stock] = await q<{ sold_out: number; low: number }>(
      `SELECT count(*) FILTER (WHERE p.stock = 0)::int AS sold_out, count(*) FILTER (WHERE p.stock BETWEEN 1 AND 5)::int AS low
         FROM product p WHERE p.status = 'active' AND EXISTS (SELECT 1 FROM order_item oi WHERE oi.product_id = p.id)`,
    );
    expect(stock!.sold_out + stock!.low).toBeGreaterThan(0);
  });

  it("follows the market's rhythm: weekends and the weeks before Tết are busier, Tết itself is quiet", () => {
    const now = NOW.getTime();
    const at = (d: string) => new Date(`${d}T00:00:00+07:00`).getTime();
    expect(dayWeight(at("2026-11-28"), now)).toBeGreaterThan(dayWeight(at("2026-11-25"), now)); // Saturday vs Wednesday
    expect(dayWeight(at("2027-01-27"), now + 80 * DAY)).toBeGreaterThan(2 * dayWeight(at("2026-12-16"), now + 80 * DAY));
    expect(dayWeight(at("2027-02-07"), now + 80 * DAY)).toBeLessThan(dayWeight(at("2027-02-24"), now + 80 * DAY));
  });
});
