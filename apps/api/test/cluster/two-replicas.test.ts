/**
 * Two real API processes (A and B) on one PostgreSQL database and one S3 bucket, as behind a load balancer:
 * what one does, the other sees at once — catalog edits with the cache on, uploads, sign-outs, sign-in limits —
 * and what must happen once happens once: a job both could run, an IPN delivered to both.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { signParams } from "@chophien/vnpay";
import pino from "pino";
import sharp from "sharp";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/db/data-source";
import { createJobs } from "../../src/lib/jobs/jobs";
import { systemClock } from "../../src/lib/clock";
import { TokenService } from "../../src/modules/auth/tokens";
import type { Product } from "../../src/modules/catalog/product.entity";
import { SANDBOX_TERMINAL } from "../../src/modules/payments/gateway";
import { EXPIRE_QUEUE } from "../../src/modules/payments/payment-jobs";
import { User } from "../../src/modules/users/user.entity";
import { freePort, freshMigratedDatabase } from "../database";
import { buildProduct, buildStall, buildUser, DEFAULT_PASSWORD, TEST_ADDRESS as address } from "../factories";
import { startTestS3, type TestS3 } from "../s3";
import { startServer, stopAllServers, SERVER_JWT_SECRET, type ServerProcess } from "../server-process";

const tokens = new TokenService(SERVER_JWT_SECRET, systemClock);
let db: { url: string; drop: () => Promise<void> };
let ds: DataSource;
let s3: TestS3;
let a: ServerProcess;
let b: ServerProcess;

/** Each process on a port of its own, named in PUBLIC_URL: the local VNPay sandbox answers querydr there. */
async function replica(): Promise<ServerProcess> {
  const port = await freePort();
  return startServer(db.url, {
    ...s3.env,
    SEED_SCALE: "0",
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    CANONICAL_REDIRECT: "off",
    // The cache on, and long: only the change notification can make B answer the new price in time.
    CATALOG_CACHE_SECONDS: "300",
  });
}

beforeAll(async () => {
  db = await freshMigratedDatabase();
  ds = await createDataSource({ url: db.url, poolSize: 3 }).initialize();
  s3 = await startTestS3("replicas");
  [a, b] = await Promise.all([replica(), replica()]);
  console.log(`two replicas running after ${a.startMs} and ${b.startMs} ms`);
}, 300_000);
afterAll(async () => {
  await stopAllServers();
  await ds?.destroy();
  await s3?.close();
  await db?.drop();
});

const bearer = (user: User) => ({
  Authorization: `Bearer ${tokens.signAccess({ sub: user.id, role: user.role, ver: user.tokenVersion, sid: crypto.randomUUID() })}`,
});
const json = { "Content-Type": "application/json" };
async function sellerOf(stallOwnerId: string) {
  return bearer(await ds.getRepository(User).findOneByOrFail({ id: stallOwnerId }));
}

/** Polls `probe` until it returns true; resolves with the milliseconds it took (throws after `limitMs`). */
async function within(limitMs: number, probe: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  while (!(await probe())) {
    if (performance.now() - started > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Math.round(performance.now() - started);
}

async function vnpayCheckout(server: ServerProcess, product: Product, quantity: number) {
  const buyer = await buildUser(ds);
  const res = await fetch(`${server.url}/api/checkout`, {
    method: "POST",
    headers: { ...json, ...bearer(buyer), "Idempotency-Key": crypto.randomUUID() },
    body: JSON.stringify({ shippingAddress: address, paymentMethod: "vnpay", items: [{ productId: product.id, quantity }] }),
  });
  expect(res.status).toBe(201);
  const { order } = (await res.json()) as { order: { id: string; code: string } };
  const [payment] = await ds.query(`SELECT id, txn_ref, amount FROM payment WHERE order_id = $1`, [order.id]);
  return { order, payment: payment as { id: string; txn_ref: string; amount: number } };
}

const stockOf = async (id: string) => Number((await ds.query(`SELECT stock FROM product WHERE id = $1`, [id]))[0].stock);

describe("two replicas on one database and one bucket", () => {
  it("a product edited on A shows on B at once, though B caches the catalogue", async () => {
    const stall = await buildStall(ds);
    const product = await buildProduct(ds, { stall, price: 100000 });
    const priceOnB = async () => {
      const res = await fetch(`${b.url}/api/products/${product.slug}`);
      return ((await res.json()) as { product: { price: number } }).product.price;
    };
    const listedOnB = async () => {
      const res = await fetch(`${b.url}/api/products?stall=${stall.slug}&limit=24`);
      const body = (await res.json()) as { items: { id: string; price: number }[] };
      return body.items.find((i) => i.id === product.id)?.price;
    };
    expect(await priceOnB()).toBe(100000); // now in B's cache
    expect(await listedOnB()).toBe(100000);
    const edit = await fetch(`${a.url}/api/seller/products/${product.id}`, {
      method: "PATCH",
      headers: { ...json, ...(await sellerOf(stall.ownerId)) },
      body: JSON.stringify({ price: 135000 }),
    });
    expect(edit.status).toBe(200);
    const ms = await within(2000, async () => (await priceOnB()) === 135000 && (await listedOnB()) === 135000);
    console.log(`catalog edit on A answered by B after ${ms} ms (cache 300 s)`);
  });

  it("an image uploaded on A is served by B from the bucket, not from A's disk", async () => {
    const stall = await buildStall(ds);
    const product = await buildProduct(ds, { stall });
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#8d6e63" } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.append("image", new Blob([new Uint8Array(png)], { type: "image/png" }), "banh-tet.png");
    const up = await fetch(`${a.url}/api/seller/products/${product.id}/images`, {
      method: "POST",
      headers: await sellerOf(stall.ownerId),
      body: form,
    });
    expect(up.status).toBe(201);
    const { image } = (await up.json()) as { image: { variants: { url: string }[] } };
    expect(image.variants.length).toBeGreaterThan(0);
    for (const v of image.variants) {
      const name = v.url.replace(/^.*\/media\//, "");
      const res = await fetch(`${b.url}/media/${name}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/webp");
      expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).format).toBe("webp");
    }
    // Neither process kept a copy on its own disk.
    for (const s of [a, b]) expect(fs.existsSync(path.join(s.dataDir, "media"))).toBe(false);
  });

  it("payment expiry runs once for both: the overdue payment expires and its stock returns once", async () => {
    const product = await buildProduct(ds, { stall: await buildStall(ds), stock: 10, price: 90000 });
    const { order, payment } = await vnpayCheckout(a, product, 3);
    expect(await stockOf(product.id)).toBe(7);
    await ds.query(`UPDATE payment SET expires_at = now() - interval '1 minute' WHERE id = $1`, [payment.id]);
    const logged = () => [a, b].map((s) => s.output().match(/"msg":"overdue payments reconciled"/g)?.length ?? 0);
    expect(logged()).toEqual([0, 0]);

    // Three jobs queued, as ticks of the per-minute ticker could be; both processes' workers poll the queue.
    const jobs = createJobs(db.url, pino({ level: "silent" }), { poolMax: 1 });
    await jobs.start();
    try {
      for (let i = 0; i < 3; i++) await jobs.send(EXPIRE_QUEUE);
    } finally {
      await jobs.stop();
    }
    const ms = await within(30_000, async () => {
      const [p] = await ds.query(`SELECT status FROM payment WHERE id = $1`, [payment.id]);
      return p.status !== "pending";
    });
    // Give the other process every chance to run it a second time.
    await new Promise((r) => setTimeout(r, 3000));
    const [p] = await ds.query(`SELECT status FROM payment WHERE id = $1`, [payment.id]);
    expect(p.status).toBe("expired");
    expect(await stockOf(product.id)).toBe(10);
    const cancels = await ds.query(`SELECT count(*)::int AS n FROM order_event WHERE order_id = $1 AND to_status = 'cancelled'`, [
      order.id,
    ]);
    expect(cancels[0].n).toBe(1);
    const perProcess = logged();
    expect(perProcess.reduce((x, y) => x + y, 0)).toBe(1);
    console.log(`overdue payment expired ${ms} ms after the jobs were queued, reconciled by [A, B] = [${perProcess.join(", ")}]`);
  });

  it("a VNPay IPN delivered to both replicas at once settles the order once", async () => {
    const product = await buildProduct(ds, { stall: await buildStall(ds), stock: 10, price: 120000 });
    const { order, payment } = await vnpayCheckout(b, product, 2);
    const params: Record<string, string> = {
      vnp_TmnCode: SANDBOX_TERMINAL.tmnCode,
      vnp_Amount: String(Number(payment.amount) * 100),
      vnp_BankCode: "NCB",
      vnp_BankTranNo: "VNP20261203",
      vnp_CardType: "ATM",
      vnp_OrderInfo: `Thanh toan don hang ${order.code}`,
      vnp_PayDate: "20261203101010",
      vnp_ResponseCode: "00",
      vnp_TransactionNo: "20261203",
      vnp_TransactionStatus: "00",
      vnp_TxnRef: payment.txn_ref,
    };
    const query = signParams(params, SANDBOX_TERMINAL.hashSecret).query;
    const answers = await Promise.all(
      [a, b, a, b].map(
        async (s) => ((await (await fetch(`${s.url}/api/payments/vnpay/ipn?${query}`)).json()) as { RspCode: string }).RspCode,
      ),
    );
    console.log(`IPN to A, B, A, B at once answered ${answers.join(", ")}`);
    expect([...answers].sort()).toEqual(["00", "02", "02", "02"]);
    const [p] = await ds.query(`SELECT status FROM payment WHERE id = $1`, [payment.id]);
    expect(p.status).toBe("paid");
    const [o] = await ds.query(`SELECT payment_status FROM customer_order WHERE id = $1`, [order.id]);
    expect(o.payment_status).toBe("paid");
    expect(await stockOf(product.id)).toBe(8);
    const events = await ds.query(`SELECT count(*)::int AS n FROM order_event WHERE order_id = $1`, [order.id]);
    const outbox = await ds.query(`SELECT topic, count(*)::int AS n FROM outbox WHERE payload::text LIKE $1 GROUP BY topic`, [
      `%${order.id}%`,
    ]);
    expect(outbox.length).toBeGreaterThan(0);
    for (const row of outbox) expect(row.n).toBe(1); // no message queued twice for the one payment
    expect(events[0].n).toBeGreaterThan(0);
    console.log(`one payment, outbox ${JSON.stringify(outbox)}, ${events[0].n} order events`);
  });

  it("failed sign-ins are counted across both: the sixth wrong password is refused wherever it lands", async () => {
    const user = await buildUser(ds);
    const statuses: number[] = [];
    for (const s of [a, b, a, b, a, b]) {
      const res = await fetch(`${s.url}/api/auth/login`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ email: user.email, password: "sai-mat-khau-1" }),
      });
      statuses.push(res.status);
    }
    // Each process alone saw three: only a shared count refuses the sixth.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const blocked = await fetch(`${a.url}/api/auth/login`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email: user.email, password: DEFAULT_PASSWORD }),
    });
    expect(blocked.status).toBe(429);
  });

  it("a sign-out on A is refused by B at once (the revocation crosses through NOTIFY)", async () => {
    const user = await buildUser(ds);
    const login = await fetch(`${a.url}/api/auth/login`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email: user.email, password: DEFAULT_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const me = () => fetch(`${b.url}/api/me`, { headers: { Authorization: `Bearer ${accessToken}` } }).then((r) => r.status);
    expect(await me()).toBe(200);
    const out = await fetch(`${a.url}/api/auth/logout`, {
      method: "POST",
      headers: { Authorization: `Bearer ${accessToken}`, cookie },
    });
    expect(out.status).toBe(204);
    const ms = await within(2000, async () => (await me()) === 401);
    console.log(`sign-out on A refused by B after ${ms} ms`);
  });
});
