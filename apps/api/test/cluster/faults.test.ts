/**
 * Faults a real deployment meets, against the real server process: killed mid-checkout, PostgreSQL restarted,
 * stopped with SIGTERM under load. Each test owns its database (and, for the restart, its PostgreSQL cluster).
 */
import crypto from "node:crypto";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/db/data-source";
import { migrations } from "../../src/db/migrations";
import { systemClock } from "../../src/lib/clock";
import { TokenService } from "../../src/modules/auth/tokens";
import type { Product } from "../../src/modules/catalog/product.entity";
import type { User } from "../../src/modules/users/user.entity";
import { freshMigratedDatabase, startTempCluster, type TempCluster } from "../database";
import { buildProduct, buildStall, buildUser, TEST_ADDRESS as address } from "../factories";
import { startServer, stopAllServers, SERVER_JWT_SECRET, type ServerProcess } from "../server-process";

const tokens = new TokenService(SERVER_JWT_SECRET, systemClock);
/** No demo market: these tests make their own rows. */
const NO_SEED = { SEED_SCALE: "0" };

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  await stopAllServers();
  for (const c of cleanups.reverse()) await Promise.resolve(c()).catch(() => {});
});

interface Market {
  ds: DataSource;
  products: Product[];
  buyers: User[];
}

/** Three products of stock 20 in two stalls, and `buyers` shoppers. */
async function buildMarket(url: string, buyers: number): Promise<Market> {
  const ds = await createDataSource({ url, poolSize: 3 }).initialize();
  cleanups.push(() => ds.destroy());
  const [a, b] = [await buildStall(ds), await buildStall(ds, { province: "hue" })];
  const products = [
    await buildProduct(ds, { stall: a, stock: 20 }),
    await buildProduct(ds, { stall: a, stock: 20 }),
    await buildProduct(ds, { stall: b, stock: 20 }),
  ];
  return { ds, products, buyers: await Promise.all(Array.from({ length: buyers }, () => buildUser(ds))) };
}

/** One checkout through HTTP; `status` 0 when the connection failed, `ms` how long it took. */
async function checkout(server: string, buyer: User, items: { productId: string; quantity: number }[], timeoutMs = 30_000) {
  const started = Date.now();
  try {
    const res = await fetch(`${server}/api/checkout`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${tokens.signAccess({ sub: buyer.id, role: buyer.role, ver: buyer.tokenVersion, sid: crypto.randomUUID() })}`,
        "Idempotency-Key": crypto.randomUUID(),
      },
      body: JSON.stringify({ shippingAddress: address, paymentMethod: "cod", items }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await res.json().catch(() => ({}))) as { order?: { code: string } };
    return { status: res.status, code: body.order?.code, retryAfter: res.headers.get("retry-after"), ms: Date.now() - started };
  } catch {
    return { status: 0, code: undefined, retryAfter: null, ms: Date.now() - started };
  }
}

/** The checkout invariants, read straight from PostgreSQL. */
async function invariants(ds: DataSource, products: Product[]) {
  const q = async (sql: string, params: unknown[] = []) => Number((await ds.query<{ n: string }[]>(sql, params))[0]!.n);
  const ids = products.map((p) => p.id);
  const rows = await ds.query<{ id: string; stock: number; sold: number }[]>(
    `SELECT p.id, p.stock, COALESCE(SUM(i.quantity), 0)::int AS sold
       FROM product p LEFT JOIN order_item i ON i.product_id = p.id WHERE p.id = ANY($1) GROUP BY p.id, p.stock`,
    [ids],
  );
  return {
    ordersWithoutStallOrders: await q(
      `SELECT count(*) AS n FROM customer_order o WHERE NOT EXISTS (SELECT 1 FROM stall_order s WHERE s.order_id = o.id)`,
    ),
    stallOrdersWithoutItems: await q(
      `SELECT count(*) AS n FROM stall_order s WHERE NOT EXISTS (SELECT 1 FROM order_item i WHERE i.stall_order_id = s.id)`,
    ),
    negativeStock: await q(`SELECT count(*) AS n FROM product WHERE stock < 0`),
    stockPlusSold: Object.fromEntries(rows.map((r) => [r.id, r.stock + r.sold])),
  };
}

const startingStock = (products: Product[]) => Object.fromEntries(products.map((p) => [p.id, p.stock]));

describe("faults", () => {
  it("(a) SIGKILL during 50 concurrent checkouts loses nothing half-written", async () => {
    const db = await freshMigratedDatabase();
    cleanups.push(db.drop);
    const m = await buildMarket(db.url, 50);
    const server = await startServer(db.url, NO_SEED);
    const pending = m.buyers.map((buyer, i) =>
      checkout(server.url, buyer, [
        { productId: m.products[i % 3]!.id, quantity: 1 },
        { productId: m.products[(i + 1) % 3]!.id, quantity: 1 + (i % 2) },
      ]),
    );
    // Kill it once some checkouts are committed and others are surely still running.
    const deadline = Date.now() + 30_000;
    while (
      Date.now() < deadline &&
      Number((await m.ds.query<{ n: string }[]>(`SELECT count(*) AS n FROM customer_order`))[0]!.n) < 3
    )
      await new Promise((r) => setTimeout(r, 20));
    server.child.kill("SIGKILL");
    const results = await Promise.all(pending);
    expect((await server.exited).signal).toBe("SIGKILL");
    const acknowledged = results.filter((r) => r.status === 201).map((r) => r.code!);
    console.log(
      `SIGKILL mid-checkout: ${acknowledged.length} acknowledged, ${results.filter((r) => r.status === 0).length} cut, of 50`,
    );
    expect(results.filter((r) => r.status === 0).length).toBeGreaterThan(0);

    const again = await startServer(db.url, NO_SEED);
    expect((await fetch(`${again.url}/api/health`)).status).toBe(200);
    const found = await m.ds.query<unknown[]>(`SELECT code FROM customer_order WHERE code = ANY($1)`, [acknowledged]);
    expect(found).toHaveLength(acknowledged.length);
    expect(await invariants(m.ds, m.products)).toEqual({
      ordersWithoutStallOrders: 0,
      stallOrdersWithoutItems: 0,
      negativeStock: 0,
      stockPlusSold: startingStock(m.products),
    });
    // And it still sells.
    expect((await checkout(again.url, m.buyers[0]!, [{ productId: m.products[2]!.id, quantity: 1 }])).status).toBe(201);
  }, 600_000);

  it("(b) a PostgreSQL restart under light load: 503 + Retry-After while down, healing by itself, nothing acknowledged lost", async () => {
    const cluster: TempCluster | undefined = await startTempCluster();
    if (!cluster) throw new Error("initdb/pg_ctl not found: install PostgreSQL's server binaries to run this test");
    cleanups.push(() => cluster.dispose());
    const admin = new Client({ connectionString: cluster.serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE market`);
    await admin.end();
    const url = cluster.serverUrl.replace(/\/postgres$/, "/market");
    const migrator = await createDataSource({ url, poolSize: 1 }).initialize();
    await migrator.runMigrations({ transaction: "each" });
    await migrator.destroy();
    expect(migrations.length).toBeGreaterThan(0);
    const m = await buildMarket(url, 40);
    const POOL_TIMEOUT_MS = 2000;
    const server = await startServer(url, { ...NO_SEED, DATABASE_POOL_TIMEOUT_MS: String(POOL_TIMEOUT_MS) });

    // Light load: one checkout and one health probe after another, until told to stop.
    type Result = Awaited<ReturnType<typeof checkout>> & { at: number; kind: string; body?: unknown };
    const log: Result[] = [];
    let running = true;
    const buyers = [...m.buyers];
    const shopper = (async () => {
      while (running && buyers.length) {
        const r = await checkout(server.url, buyers.shift()!, [{ productId: m.products[0]!.id, quantity: 1 }]);
        log.push({ ...r, at: Date.now(), kind: "checkout" });
        await new Promise((res) => setTimeout(res, 100));
      }
    })();
    const prober = (async () => {
      while (running) {
        const started = Date.now();
        const res = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(30_000) }).catch(() => undefined);
        log.push({
          status: res?.status ?? 0,
          code: undefined,
          retryAfter: res?.headers.get("retry-after") ?? null,
          ms: Date.now() - started,
          at: Date.now(),
          kind: "health",
          body: await res?.json().catch(() => undefined),
        });
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    await new Promise((r) => setTimeout(r, 1500));
    const stopAt = Date.now();
    // pg_ctl runs synchronously: the test's own event loop is blocked until the server is down, so answers that
    // arrived just before are only logged now. "While down" is what was sent after this point.
    cluster.stop();
    const downAt = Date.now();
    await new Promise((r) => setTimeout(r, 3000));
    cluster.start();
    const upAt = Date.now();
    let healedAt: number | undefined;
    while (!healedAt && Date.now() - upAt < 30_000) {
      await new Promise((r) => setTimeout(r, 50));
      healedAt = log.find((r) => r.kind === "health" && r.at > upAt && r.status === 200)?.at;
    }
    await new Promise((r) => setTimeout(r, 1000));
    running = false;
    await Promise.all([shopper, prober]);

    const during = log.filter((r) => r.at - r.ms >= downAt && r.at < upAt);
    const after = log.filter((r) => healedAt && r.at > healedAt + 500);
    console.log(
      `PostgreSQL restart: down ${upAt - stopAt} ms; healthy again ${healedAt ? healedAt - upAt : "never"} ms after it was back; ` +
        `${during.length} requests while down (${during.filter((r) => r.status === 503).length} × 503); ` +
        `slowest request ${Math.max(...log.map((r) => r.ms))} ms`,
    );
    expect(healedAt).toBeDefined();
    expect(during.length).toBeGreaterThan(0);
    for (const r of during)
      expect({ kind: r.kind, status: r.status, retryAfter: r.retryAfter }).toEqual({
        kind: r.kind,
        status: 503,
        retryAfter: "5",
      });
    expect(during.filter((r) => r.kind === "health").map((r) => r.body)).toContainEqual({ status: "degraded", db: "down" });
    expect(log.filter((r) => r.kind === "health" && r.at < stopAt)[0]?.body).toEqual({ status: "ok", db: "up" });
    expect(after.length).toBeGreaterThan(0);
    for (const r of after) expect([200, 201]).toContain(r.status);
    // No request hangs past the pool timeout (plus the time a checkout itself takes on a busy machine).
    for (const r of log) expect(r.ms).toBeLessThan(POOL_TIMEOUT_MS + 8000);
    // Every acknowledged order is there, and stock adds up.
    const acknowledged = log.filter((r) => r.status === 201).map((r) => r.code!);
    expect(acknowledged.length).toBeGreaterThan(0);
    const found = await m.ds.query<unknown[]>(`SELECT code FROM customer_order WHERE code = ANY($1)`, [acknowledged]);
    expect(found).toHaveLength(acknowledged.length);
    expect((await invariants(m.ds, m.products)).stockPlusSold).toEqual(startingStock(m.products));
    void (server satisfies ServerProcess);
  }, 600_000);

  it("(c) SIGTERM under load: in-flight requests finish, new ones are refused, jobs stop, exit 0 within the grace period", async () => {
    const db = await freshMigratedDatabase();
    cleanups.push(db.drop);
    const m = await buildMarket(db.url, 8);
    const server = await startServer(db.url, NO_SEED);
    // Hold the product's row so the eight checkouts stay in flight inside the server until released.
    const holder = new Client({ connectionString: db.url });
    await holder.connect();
    cleanups.push(() => holder.end());
    await holder.query(`BEGIN`);
    await holder.query(`SELECT 1 FROM product WHERE id = $1 FOR UPDATE`, [m.products[0]!.id]);
    const inFlight = m.buyers.map((b) => checkout(server.url, b, [{ productId: m.products[0]!.id, quantity: 1 }]));
    const deadline = Date.now() + 30_000;
    const waiting = async () =>
      Number(
        (
          await holder.query<{ n: string }>(
            `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          )
        ).rows[0]!.n,
      );
    // The first checkout waits on the row lock, the others behind it inside the server (all accepted, none answered).
    while (Date.now() < deadline && (await waiting()) < 1) await new Promise((r) => setTimeout(r, 50));
    expect(await waiting()).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 1000));

    const termAt = Date.now();
    server.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    const refused = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.status,
      () => "refused",
    );
    expect(refused).toBe("refused");
    await holder.query(`COMMIT`);

    const results = await Promise.all(inFlight);
    expect(results.map((r) => r.status)).toEqual(m.buyers.map(() => 201));
    const exit = await server.exited;
    const stoppedMs = Date.now() - termAt;
    console.log(`SIGTERM with 8 checkouts in flight: all 8 answered 201, exit ${exit.code} after ${stoppedMs} ms`);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(stoppedMs).toBeLessThan(10_000 + 2000);
    expect(server.output()).toMatch(/"msg":"stopped"/);
    expect(server.output()).not.toMatch(/error while shutting down/);
    expect(await invariants(m.ds, m.products)).toMatchObject({ stockPlusSold: startingStock(m.products) });
  }, 600_000);
});
