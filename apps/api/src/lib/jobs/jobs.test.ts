import { spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { Client } from "pg";
import pino from "pino";
import { createJobs, type Jobs } from "./jobs";

const log = pino({ level: "silent" });
const url = () => {
  const u = process.env.TEST_DATABASE_URL;
  if (!u) throw new Error("TEST_DATABASE_URL is not set: run the tests through jest (global-setup)");
  return u;
};
/** Queues are shared by every test file on the run's database, so each test uses its own names. */
const queueName = (what: string) => `test.${what}.${crypto.randomUUID().slice(0, 8)}`;

async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Sockets and timers alive in this process, to prove stop() leaves nothing behind. */
const handles = () => {
  const all = process.getActiveResourcesInfo();
  return { sockets: all.filter((r) => r === "TCPSocketWrap").length, timers: all.filter((r) => r === "Timeout").length };
};

describe("jobs (pg-boss) on real PostgreSQL", () => {
  const started: Jobs[] = [];
  const start = async () => {
    const jobs = createJobs(url(), log);
    await jobs.start();
    started.push(jobs);
    return jobs;
  };
  afterEach(async () => {
    await Promise.all(started.splice(0).map((j) => j.stop()));
  });

  it("runs every job sent exactly once, even with two processes working the queue", async () => {
    const [a, b] = [await start(), await start()];
    const name = queueName("once");
    const seen: { n: number; by: string }[] = [];
    await a.work<{ n: number }>(name, ({ n }) => void seen.push({ n, by: "a" }), { pollingIntervalSeconds: 0.5 });
    await b.work<{ n: number }>(name, ({ n }) => void seen.push({ n, by: "b" }), { pollingIntervalSeconds: 0.5 });
    const ids = await Promise.all(Array.from({ length: 12 }, (_, n) => a.send(name, { n })));
    expect(ids.every((id) => typeof id === "string")).toBe(true);

    await until(() => seen.length >= 12);
    await new Promise((r) => setTimeout(r, 1200)); // room for a duplicate to show up
    expect(seen.map((s) => s.n).sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, n) => n));
  });

  it("retries a failing job as the queue says, then gives up", async () => {
    const jobs = await start();
    const name = queueName("retry");
    let calls = 0;
    await jobs.work(
      name,
      () => {
        calls++;
        throw new Error("boom");
      },
      { retryLimit: 1, pollingIntervalSeconds: 0.5 },
    );
    await jobs.send(name, {});
    await until(() => calls >= 2);
    await new Promise((r) => setTimeout(r, 1500));
    expect(calls).toBe(2);
  });

  it("every() queues at most one job per window across processes", async () => {
    const [a, b] = [await start(), await start()];
    const name = queueName("every");
    let runs = 0;
    await a.work(name, () => void runs++, { pollingIntervalSeconds: 0.5 });
    const t0 = Date.now();
    a.every(name, 1);
    b.every(name, 1);
    await new Promise((r) => setTimeout(r, 3500));
    await until(() => runs >= 3);
    const windows = Math.ceil((Date.now() - t0) / 1000) + 1;
    expect(runs).toBeLessThanOrEqual(windows); // two tickers, yet not two jobs per second
  });

  it("keeps cron schedules in the database, in GMT+7", async () => {
    const jobs = await start();
    const name = queueName("cron");
    await jobs.schedule(name, "0 3 * * *", { kind: "nightly" });
    const c = new Client({ connectionString: url() });
    await c.connect();
    try {
      const { rows } = await c.query<{ cron: string; options: { tz?: string } }>(
        `SELECT cron, options FROM pgboss.schedule WHERE name = $1`,
        [name],
      );
      expect(rows).toEqual([{ cron: "0 3 * * *", options: expect.objectContaining({ tz: "Asia/Ho_Chi_Minh" }) }]);
      await c.query(`DELETE FROM pgboss.schedule WHERE name = $1`, [name]);
    } finally {
      await c.end();
    }
  });

  it("stop() waits for the running handler, then leaves no sockets or timers behind", async () => {
    await new Promise((r) => setTimeout(r, 1100)); // let earlier tests' pg-boss shutdown timers run out
    const before = handles();
    const jobs = createJobs(url(), log);
    await jobs.start();
    const name = queueName("stop");
    let finished = false;
    let began = false;
    await jobs.work(
      name,
      async () => {
        began = true;
        await new Promise((r) => setTimeout(r, 400));
        finished = true;
      },
      { pollingIntervalSeconds: 0.5 },
    );
    jobs.every(name, 60);
    await until(() => began);
    expect(handles().sockets).toBeGreaterThan(before.sockets);

    await jobs.stop();
    expect(finished).toBe(true);
    // pg-boss removes stopped workers on a 1 s loop of its own; give it that second.
    await until(() => {
      const now = handles();
      return now.sockets <= before.sockets && now.timers <= before.timers;
    }, 3000);
  });
});

/**
 * PGlite needs ESM dynamic import, which jest's VM does not allow, so this runs in a child process (as
 * test/embedded.test.ts does): embedded database → createJobs → one job through the socket → stop.
 */
const EMBEDDED_SCRIPT = `
const fs = require("node:fs"), os = require("node:os"), path = require("node:path");
const pino = require("pino");
const { startEmbeddedDatabase } = require("./src/db/embedded");
const { createJobs } = require("./src/lib/jobs/jobs");
(async () => {
  const log = pino({ level: "silent" });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-jobs-pglite-"));
  const db = await startEmbeddedDatabase(dir, log);
  const jobs = createJobs(db.url, log, { poolMax: 2 });
  await jobs.start();
  const seen = [];
  await jobs.work("embedded.check", async (data) => { seen.push(data.word); }, { pollingIntervalSeconds: 0.5 });
  await jobs.send("embedded.check", { word: "chợ phiên" });
  const t0 = Date.now();
  while (!seen.length && Date.now() - t0 < 20000) await new Promise((r) => setTimeout(r, 50));
  await jobs.stop();
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ seen }));
})().catch((err) => { console.error(err); process.exit(1); });
`;

describe("jobs through the embedded PGlite socket", () => {
  it("installs pg-boss, runs a job and stops on the one-query-at-a-time server", async () => {
    const apiDir = path.resolve(__dirname, "../../..");
    const tsx = path.resolve(apiDir, "../../node_modules/.bin/tsx");
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(tsx, ["--eval", EMBEDDED_SCRIPT], { cwd: apiDir, stdio: ["ignore", "pipe", "pipe"] });
      let text = "";
      child.stdout.on("data", (c: Buffer) => (text += c.toString()));
      child.stderr.on("data", (c: Buffer) => (text += c.toString()));
      child.once("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`exit ${code}: ${text}`))));
    });
    expect(JSON.parse(out.trim().split("\n").pop()!)).toEqual({ seen: ["chợ phiên"] });
  }, 60_000);
});
