#!/usr/bin/env node
// `npm run bench [-- --scale 20,100 --duration 10 --connections 10 --cache-seconds 0]`: load-tests the market on a
// real PostgreSQL at one or more seed scales. For each scale it uses (and creates) the database
// `chophien_bench_s<scale>` on DATABASE_URL's server, else postgres://postgres@127.0.0.1:5432, seeding it when it has
// fewer than 600 products per scale step (scale 20 ≈ 13,000 products, 100 ≈ 67,000); starts the built API on 127.0.0.1;
// measures health, listing, search, product page, checkout, the VNPay IPN and the console's dashboards with
// autocannon, plus two floor rows (the cheapest page of 24 public products: one indexed statement from a bare `pg`
// pool, and the same served by a bare node:http server); prints every figure side by side with the ratio to the
// first scale and writes var/bench/results.json.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { benchLive } from "./bench-live.mjs";
import { buildWhatIsStale } from "./build-lib.mjs";
import { benchOrders } from "./bench-orders.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Products a market seeded at scale 1 has at least (about 670 in fact): a smaller one is re-seeded. */
const MIN_PRODUCTS_PER_SCALE = 600;
const WARMUP_SECONDS = 2;
// The seed's demo accounts (apps/api/src/db/seed/seed.ts): the dashboards need a seller and an admin. The server runs
// in production mode, which refuses the shared demo password, so each run gives these two a password of its own.
const BENCH_PASSWORD = crypto.randomBytes(18).toString("base64url");
const DEMO_SELLER = "stall001@demo.chophien.vn";
const DEMO_ADMIN = "seed-admin@demo.chophien.vn";
const outDir = path.join(root, "var/bench");
const dataDir = path.join(outDir, "data");

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    // One or more seed scales, comma-separated; the first is the reference for the ratios.
    scale: { type: "string", default: "20" },
    // The API's catalog cache (CATALOG_CACHE_SECONDS): 0 measures the real cost of every answer.
    "cache-seconds": { type: "string", default: "0" },
    // Skip the write benchmarks (checkout, IPN), which add orders to the bench database.
    "catalog-only": { type: "boolean", default: false },
    // Only the rows whose names contain one of these comma-separated words (e.g. `--only ocopMin`), with the
    // plain listing kept as the reference; skips the write benchmarks and the dashboards.
    only: { type: "string" },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
// Bounded on purpose: this is a local benchmark, not a load generator to point at anything.
if (!Number.isInteger(duration) || duration < 1 || duration > 120)
  fail("--duration must be a whole number of seconds from 1 to 120");
if (!Number.isInteger(connections) || connections < 1 || connections > 200) fail("--connections must be from 1 to 200");
const scales = args.scale.split(",").map(Number);
if (!scales.length || scales.length > 4 || scales.some((n) => !Number.isInteger(n) || n < 1 || n > 1000))
  fail("--scale must be one to four whole numbers from 1 to 1000, comma-separated (e.g. 20,100)");
const only = args.only
  ?.split(",")
  .map((w) => w.trim())
  .filter(Boolean);
const cacheSeconds = Number(args["cache-seconds"]);
if (!Number.isInteger(cacheSeconds) || cacheSeconds < 0 || cacheSeconds > 300) fail("--cache-seconds must be from 0 to 300");

function fail(message) {
  console.error(message);
  process.exit(2);
}

/** The server URL with another database name. */
function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** How many products and stalls the bench database has (0 before its migrations ran). */
async function marketSize(url) {
  return withClient(url, async (c) => {
    try {
      const { rows } = await c.query(
        `SELECT (SELECT count(*)::int FROM product) AS products, (SELECT count(*)::int FROM stall) AS stalls`,
      );
      return rows[0];
    } catch (err) {
      if (err.code === "42P01") return { products: 0, stalls: 0 }; // not migrated yet
      throw err;
    }
  });
}

function run(command, argv, env = process.env) {
  const r = spawnSync(command, argv, { cwd: root, stdio: "inherit", env });
  if (r.status !== 0) throw new Error(`${command} ${argv.join(" ")} failed (${r.status ?? r.signal})`);
}

/** The running API server, so every way out (error, Ctrl-C) can stop it. */
let serverProcess;

/** Starts the built server on a free loopback port; resolves with its base URL once it says it is running. */
function startServer(databaseUrl) {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    // A throwaway secret: production mode refuses a missing one, and no token outlives this run.
    JWT_SECRET: crypto.randomBytes(32).toString("base64url"),
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    PORT: "0",
    HOST: "127.0.0.1",
    // The live benchmark's buyers sign up from addresses of their own, passed in X-Forwarded-For (bench-live.mjs).
    TRUST_PROXY: "loopback",
    LOG_LEVEL: "warn",
    CATALOG_CACHE_SECONDS: String(cacheSeconds),
    // The local VNPay sandbox stands in for the gateway: the IPN figures need its terminal.
    VNPAY_SANDBOX: "true",
  };
  const child = spawn(process.execPath, [path.join(root, "apps/api/dist/main.js")], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  serverProcess = child;
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start within 60 s:\n${output.slice(-2000)}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      const m = /running at (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1].replace("//localhost:", "//127.0.0.1:"));
      }
    };
    child.stdout.setEncoding("utf8").on("data", onData);
    child.stderr.setEncoding("utf8").on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code ?? signal}) before it was ready:\n${output.slice(-2000)}`));
    });
  });
}

/** SIGTERM, then SIGKILL if it has not finished its graceful shutdown in 15 s. */
async function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

async function getJson(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

function measure(url, seconds, headers = {}) {
  return autocannon({ url, connections, duration: seconds, timeout: 10, headers });
}

/** An access token for a demo account the seed made (docs/demo-data.md). */
async function signIn(base, email) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`signing in as ${email} answered ${res.status}`);
  return `Bearer ${(await res.json()).accessToken}`;
}

/**
 * The floor: the cheapest possible page of 24 public products — one statement answered by the partial index
 * `IDX_product_public_newest`, from a bare `pg` pool with as many connections as autocannon uses — so the distance
 * between the API and the database's own cost is visible.
 */
async function floorRow(url, seconds) {
  const sql = `SELECT id, slug, name, price, stall_id, created_at FROM product WHERE status = 'active' AND hidden_at IS NULL ORDER BY created_at DESC LIMIT 24`;
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const loop = async (until, latencies) => {
    while (performance.now() < until) {
      const t0 = performance.now();
      await pool.query(sql);
      latencies?.push(performance.now() - t0);
    }
  };
  try {
    const warm = performance.now() + WARMUP_SECONDS * 1000;
    await Promise.all(Array.from({ length: connections }, () => loop(warm)));
    const latencies = [];
    const end = performance.now() + seconds * 1000;
    await Promise.all(Array.from({ length: connections }, () => loop(end, latencies)));
    latencies.sort((a, b) => a - b);
    const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
    return {
      name: "floor (bare pg page)",
      path: "pg: newest 24 active products",
      reqPerSec: Math.round(latencies.length / seconds),
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      requests: latencies.length,
      non2xx: 0,
      errors: 0,
      timeouts: 0,
    };
  } finally {
    await pool.end();
  }
}

/**
 * The same page over HTTP with nothing else (scripts/bench-floor-server.mjs: node:http, a `pg` pool, JSON), timed
 * by autocannon like the API's rows: what the API's listing is compared with.
 */
async function httpFloorRow(url, seconds) {
  const child = spawn(process.execPath, [path.join(root, "scripts/bench-floor-server.mjs"), url, String(connections)], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const port = await new Promise((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
        const m = /floor listening on (\d+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.on("exit", (code) => reject(new Error(`the floor server exited (${code}) before it listened`)));
    });
    const target = `http://127.0.0.1:${port}/`;
    await measure(target, WARMUP_SECONDS);
    const r = await measure(target, seconds);
    return {
      name: "floor over HTTP",
      path: "node:http + pg: newest 24 active products",
      reqPerSec: Math.round(r.requests.average),
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      requests: r.requests.total,
      non2xx: r.non2xx,
      errors: r.errors,
      timeouts: r.timeouts,
    };
  } finally {
    child.kill("SIGTERM");
  }
}

async function getOk(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
}

/** The public code of the demo seller's benchmark batch (lot BENCH-1 of their first product, three events). */
async function benchBatch(base, seller) {
  const api = async (path, body) => {
    const res = await fetch(`${base}/api${path}`, {
      method: body ? "POST" : "GET",
      headers: { ...seller, ...(body ? { "Content-Type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    return res.json();
  };
  const { items } = await api("/seller/products?limit=1");
  if (!items[0]) throw new Error("The demo seller has no products: nothing to trace");
  const existing = (await api(`/seller/products/${items[0].id}/batches`)).items.find((b) => b.lot === "BENCH-1");
  if (existing) return existing.code;
  const { batch } = await api(`/seller/products/${items[0].id}/batches`, {
    lot: "BENCH-1",
    producedOn: "2026-11-20",
    quantity: 1000,
    unit: "gói",
    inputs: [{ name: "Phân hữu cơ vi sinh", supplier: "HTX Hướng Phùng" }],
  });
  for (const [type, note] of [
    ["input", "Bón phân hữu cơ"],
    ["harvest", "Thu hái quả chín"],
    ["packing", "Đóng gói 500 g"],
  ])
    await api(`/seller/batches/${batch.id}/events`, { type, note, occurredAt: "2026-11-20T08:00:00+07:00" });
  return batch.code;
}

const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

/** Seeds (when needed) and measures one scale; the server is started and stopped here. */
async function benchScale(serverUrl, scale) {
  const benchDb = `chophien_bench_s${scale}`;
  const benchUrl = withDatabase(serverUrl, benchDb);
  await withClient(serverUrl, async (c) => {
    const { rowCount } = await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [benchDb]);
    if (!rowCount) await c.query(`CREATE DATABASE "${benchDb}"`);
  });

  let size = await marketSize(benchUrl);
  let seedSeconds = null;
  if (size.products < MIN_PRODUCTS_PER_SCALE * scale) {
    if (size.stalls > 0) {
      // A smaller market seeded earlier: start over, the seed only fills a market that has no stalls.
      console.log(`${benchDb} has only ${size.products} products: recreating it.`);
      await withClient(serverUrl, (c) =>
        c.query(`DROP DATABASE "${benchDb}" WITH (FORCE)`).then(() => c.query(`CREATE DATABASE "${benchDb}"`)),
      );
    }
    console.log(`Seeding ${benchDb} at scale ${scale}…`);
    const started = performance.now();
    run(process.execPath, [path.join(root, "apps/api/dist/db/seed.cli.js"), "--scale", String(scale)], {
      ...process.env,
      DATABASE_URL: benchUrl,
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
    });
    seedSeconds = Math.round((performance.now() - started) / 100) / 10;
    console.log(`Seeded in ${seedSeconds} s.`);
    size = await marketSize(benchUrl);
  }
  const { hashPassword } = await import(path.join(root, "apps/api/dist/modules/auth/passwords.js"));
  const hash = await hashPassword(BENCH_PASSWORD);
  await withClient(benchUrl, async (c) => {
    await c.query(`UPDATE app_user SET password_hash = $1 WHERE email = ANY($2)`, [hash, [DEMO_SELLER, DEMO_ADMIN]]);
    // The rate limits' counters live in the database: an earlier run's sign-ins from 127.0.0.1 would count
    // against this one's.
    await c.query(`DELETE FROM login_attempt`);
    // Notices left by the seed and by earlier runs' orders (mails to demo and bench accounts nobody reads): sent
    // now, the server's outbox worker would compose thousands of them during the catalogue rows.
    await c.query(`UPDATE outbox SET processed_at = now() WHERE processed_at IS NULL`);
  });
  // Same statistics every run, whoever loaded the data and whether autovacuum has been by yet.
  await withClient(benchUrl, (c) => c.query("VACUUM ANALYZE"));

  try {
    const base = await startServer(benchUrl);
    const listing = await getJson(`${base}/api/products?limit=24`);
    const slug = listing.items[0]?.slug;
    if (!slug) throw new Error("The listing is empty: nothing to benchmark");
    const targets = [
      { name: "health (baseline)", path: "/api/health" },
      { name: "listing, page 1", path: "/api/products?limit=24" },
      { name: "listing, filtered", path: "/api/products?province=quang-tri&sort=price_asc&limit=24" },
      // Verified stars only (product.ocop_stars, derived from certificates): no slower than the plain listing.
      { name: "listing, ocopMin=4", path: "/api/products?limit=24&ocopMin=4" },
      { name: "search “ca phe”", path: "/api/products?q=ca%20phe&limit=24" },
      { name: "product page", path: `/api/products/${encodeURIComponent(slug)}` },
    ];
    // The supply–demand board's public reads: folded search over demands, and the next forum's page with its demands.
    const forum = (await getJson(`${base}/api/events?when=upcoming&limit=1`)).items[0];
    if (!forum) throw new Error("No upcoming connection event: the seed's forum is missing");
    targets.push(
      { name: "demand board “ca phe”", path: "/api/demands?q=ca%20phe&limit=20" },
      { name: "event page", path: `/api/events/${encodeURIComponent(forum.slug)}` },
    );
    for (const t of targets) await getJson(base + t.path); // every target answers 200 before we time it
    // The star filter must select something, or its row would time an empty page.
    const starred = await getJson(`${base}/api/products?limit=24&ocopMin=4`);
    if (!starred.items.length) throw new Error("No product with a verified 4★ certificate: the ocopMin row would be empty");
    console.log(`  ocopMin=4 answers ${starred.items.length} of ${starred.total ?? "?"} starred products on page 1`);
    const picked = (t) => !only || t.name === "listing, page 1" || only.some((w) => t.name.includes(w));
    // The console's heaviest reads, signed in (measured after the write benchmarks have added orders).
    const seller = { Authorization: await signIn(base, DEMO_SELLER) };
    const admin = { Authorization: await signIn(base, DEMO_ADMIN) };
    // A batch with a few events, as a QR code on a package opens it (made once; later runs reuse it).
    const code = await benchBatch(base, seller);
    targets.push({ name: "trace API", path: `/api/trace/${code}` }, { name: "trace page (HTML)", path: `/t/${code}` });
    for (const t of targets.slice(-2)) await getOk(base + t.path);
    const consoleTargets = [
      { name: "seller dashboard", path: "/api/seller/summary?days=30", headers: seller },
      { name: "admin dashboard", path: "/api/admin/summary?days=30", headers: admin },
      { name: "admin products", path: "/api/admin/products?q=ca%20phe&limit=30", headers: admin },
    ];

    console.log(
      `\nscale ${scale}: ${size.products} products, ${size.stalls} stalls · ${connections} connections × ${duration} s each, after a ${WARMUP_SECONDS} s warm-up, catalog cache ${cacheSeconds} s\n`,
    );
    const results = [];
    const timed = async (t) => {
      await measure(base + t.path, WARMUP_SECONDS, t.headers);
      const r = await measure(base + t.path, duration, t.headers);
      results.push({
        name: t.name,
        path: t.path,
        reqPerSec: Math.round(r.requests.average),
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        requests: r.requests.total,
        non2xx: r.non2xx,
        errors: r.errors,
        timeouts: r.timeouts,
      });
      const last = results[results.length - 1];
      console.log(`  measured ${t.name}: ${last.reqPerSec} req/s`);
    };
    for (const t of targets.filter(picked)) await timed(t);
    results.push(await floorRow(benchUrl, duration));
    console.log(`  measured the floor: ${results[results.length - 1].reqPerSec} req/s`);
    results.push(await httpFloorRow(benchUrl, duration));
    console.log(`  measured the floor over HTTP: ${results[results.length - 1].reqPerSec} req/s`);

    if (!args["catalog-only"] && !only) {
      console.log("  measuring checkout and the VNPay IPN…");
      const writes = await benchOrders({ root, base, benchUrl, withClient, connections, duration, warmup: WARMUP_SECONDS });
      results.push(...writes);
      for (const w of writes)
        if (w.rspCodes) console.log(`  IPN answers: ${JSON.stringify(w.rspCodes)} over ${w.pendingPayments} pending payments`);
      console.log("  measuring live buying and the live event stream's fan-out…");
      const live = await benchLive({ base, benchUrl, withClient, connections, duration, warmup: WARMUP_SECONDS, seller, admin });
      results.push(...live);
      const [buying, fanout] = live;
      console.log(`  live buying: ${buying.ordersPerSec} orders/s (p99 ${buying.p99Ms} ms)`);
      console.log(
        `  SSE: ${fanout.reached}/${fanout.clients} clients got the pin; p50 ${fanout.p50Ms} ms, p99 ${fanout.p99Ms} ms, all ${fanout.allMs ?? "—"} ms (connecting took ${fanout.connectMs} ms)`,
      );
    }
    for (const t of consoleTargets.filter(() => !only)) await timed(t);
    return { scale, market: size, seedSeconds, results };
  } finally {
    await stopServer(serverProcess);
  }
}

/** Every figure of every scale side by side, with each one's ratio to the first scale's. */
function printTable(runs) {
  const [first] = runs;
  const head = [pad("endpoint", 22), ...runs.map((r) => `${padL(`s${r.scale} req/s`, 12)} ${padL("p99 ms", 7)}`)];
  if (runs.length > 1) head.push(...runs.slice(1).map((r) => padL(`×s${r.scale}`, 7)));
  console.log(`\n${head.join(" ")}`);
  for (const row of first.results) {
    const cells = runs.map((r) => r.results.find((x) => x.name === row.name));
    const line = [pad(row.name, 22), ...cells.map((c) => (c ? `${padL(c.reqPerSec, 12)} ${padL(c.p99Ms, 7)}` : padL("—", 20)))];
    if (runs.length > 1)
      line.push(...cells.slice(1).map((c) => padL(c && row.reqPerSec ? (c.reqPerSec / row.reqPerSec).toFixed(2) : "—", 7)));
    const bad = cells.reduce((n, c) => n + (c ? c.errors + c.non2xx + c.timeouts : 0), 0);
    console.log(line.join(" ") + (bad ? `  (${bad} errors)` : ""));
  }
  for (const r of runs) {
    const listing = r.results.find((x) => x.name === "listing, page 1");
    for (const floor of r.results.filter((x) => x.name.startsWith("floor")))
      if (listing && floor.reqPerSec)
        console.log(
          `scale ${r.scale}: uncached listing at ${(listing.reqPerSec / floor.reqPerSec).toFixed(2)}× the ${floor.name}`,
        );
  }
}

async function main() {
  const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  // The storefront too: the trace page is served from its built index.html.
  if (buildWhatIsStale() !== 0) fail("The build failed.");
  const interrupt = () => void stopServer(serverProcess).finally(() => process.exit(130));
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);

  const runs = [];
  for (const scale of scales) runs.push(await benchScale(serverUrl, scale));
  printTable(runs);

  const report = {
    at: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    settings: { connections, durationSeconds: duration, warmupSeconds: WARMUP_SECONDS, catalogCacheSeconds: cacheSeconds },
    scales: runs,
  };
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, "results.json"), JSON.stringify(report, null, 2) + "\n");
  console.log(`\nWrote ${path.relative(root, path.join(outDir, "results.json"))}`);
}

main().catch((err) => {
  console.error(`Benchmark failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
