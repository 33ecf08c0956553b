/**
 * Finds a real PostgreSQL for the test run, in this order: DATABASE_URL; the server on 127.0.0.1:5432
 * (a throwaway database per run); a temporary cluster from a local initdb/pg_ctl; PGlite (with a loud warning).
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import type * as PinoModule from "pino";
import type * as EmbeddedModule from "../src/db/embedded";
import type * as DataSourceModule from "../src/db/data-source";

export interface TestDatabase {
  url: string;
  kind: "DATABASE_URL" | "local-server" | "temp-cluster" | "pglite";
  /** Drops what was created for this run. */
  dispose(): Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
    await c.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

async function throwawayDatabase(
  serverUrl: string,
  kind: TestDatabase["kind"],
  extraDispose?: () => Promise<void>,
): Promise<TestDatabase> {
  const name = `chophien_test_${Date.now()}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind,
    async dispose() {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
      await extraDispose?.();
    },
  };
}

function which(cmd: string): string | undefined {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  for (const dir of fs.existsSync("/usr/lib/postgresql") ? fs.readdirSync("/usr/lib/postgresql") : []) {
    const p = `/usr/lib/postgresql/${dir}/bin/${cmd}`;
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

/** A PostgreSQL cluster of its own (initdb + pg_ctl) on a free loopback port, that a test may stop and start. */
export interface TempCluster {
  /** postgres://postgres@127.0.0.1:<port>/postgres (trust auth) */
  serverUrl: string;
  /** `pg_ctl stop` (fast: open sessions are cut, as in a real restart). */
  stop(): void;
  /** `pg_ctl start`, waiting until it accepts connections. */
  start(): void;
  /** Stops it (immediate) and removes its files. */
  dispose(): void;
}

/** A primary cluster and a hot standby streaming from it (`pg_basebackup -R`), each on its own loopback port. */
export interface StreamingPair {
  primary: TempCluster;
  /** postgres://postgres@127.0.0.1:<replica port>/postgres, read-only. */
  replicaServerUrl: string;
  stopReplica(): void;
  startReplica(): void;
  /** Stops both and removes their files. */
  dispose(): void;
}

/** Undefined without initdb/pg_basebackup. The standby streams from the primary's WAL sender (trust auth). */
export async function startStreamingPair(): Promise<StreamingPair | undefined> {
  const basebackup = which("pg_basebackup");
  const pgCtl = which("pg_ctl");
  if (!basebackup || !pgCtl) return undefined;
  const primary = await startTempCluster();
  if (!primary) return undefined;
  const primaryPort = new URL(primary.serverUrl).port;
  const dir = clusterFolder("chophien-standby-");
  const port = await freePort();
  const start = () => pgCtlStart(pgCtl, dir, port);
  const stop = () => void runAsPostgres(pgCtl, ["-D", `${dir}/data`, "-w", "-m", "fast", "stop"]);
  try {
    runAsPostgres(basebackup, [
      "-h",
      "127.0.0.1",
      "-p",
      primaryPort,
      "-U",
      "postgres",
      "-D",
      `${dir}/data`,
      "-R",
      "-X",
      "stream",
      "-c",
      "fast",
    ]);
    start();
  } catch (err) {
    primary.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    primary,
    replicaServerUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stopReplica: stop,
    startReplica: start,
    dispose() {
      try {
        runAsPostgres(pgCtl, ["-D", `${dir}/data`, "-m", "immediate", "stop"]);
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
      primary.dispose();
    },
  };
}

const asRoot = () => process.getuid?.() === 0;

/** A new folder for a cluster's files, owned by the user its server runs as. */
function clusterFolder(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (asRoot()) execFileSync("chown", ["postgres", dir]);
  return dir;
}

/** `pg_ctl start` of the cluster in `dir` on loopback `port` (its socket in `dir`), waiting until it accepts connections. */
function pgCtlStart(pgCtl: string, dir: string, port: number): void {
  runAsPostgres(pgCtl, [
    "-D",
    `${dir}/data`,
    "-w",
    "-l",
    `${dir}/log`,
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    "start",
  ]);
}

/** initdb, pg_ctl and pg_basebackup refuse to run as root: there they run as the `postgres` user. */
function runAsPostgres(bin: string, args: string[]): Buffer {
  return asRoot()
    ? execFileSync("runuser", ["-u", "postgres", "--", bin, ...args], { stdio: "pipe" })
    : execFileSync(bin, args, { stdio: "pipe" });
}

/** A free TCP port on loopback, as the kernel hands them out. */
export async function freePort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** initdb refuses to run as root, so as root the cluster belongs to the `postgres` user. Undefined without initdb. */
export async function startTempCluster(): Promise<TempCluster | undefined> {
  const initdb = which("initdb");
  const pgCtl = which("pg_ctl");
  if (!initdb || !pgCtl) return undefined;
  const dir = clusterFolder("chophien-pg-");
  const run = runAsPostgres;
  const port = await freePort();
  const start = () => pgCtlStart(pgCtl, dir, port);
  try {
    run(initdb, ["-D", `${dir}/data`, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
    start();
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    serverUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => void run(pgCtl, ["-D", `${dir}/data`, "-w", "-m", "fast", "stop"]),
    start,
    dispose() {
      try {
        run(pgCtl, ["-D", `${dir}/data`, "-m", "immediate", "stop"]);
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function tempCluster(): Promise<TestDatabase | undefined> {
  const cluster = await startTempCluster();
  if (!cluster) return undefined;
  return throwawayDatabase(cluster.serverUrl, "temp-cluster", () => Promise.resolve(cluster.dispose()));
}

async function pglite(): Promise<TestDatabase> {
  console.warn(
    "\n\n  !!! No PostgreSQL server found: the tests run on embedded PGlite. Set DATABASE_URL or start PostgreSQL on 127.0.0.1:5432. !!!\n\n",
  );
  // Loaded lazily: only this fallback needs PGlite inside the test process.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startEmbeddedDatabase } = require("../src/db/embedded") as typeof EmbeddedModule;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { default: pino } = require("pino") as typeof PinoModule;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-pglite-"));
  const db = await startEmbeddedDatabase(dir, pino({ level: "silent" }));
  return {
    url: db.url,
    kind: "pglite",
    async dispose() {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Provides the database every API test of this run connects to. */
export async function provideTestDatabase(env: NodeJS.ProcessEnv): Promise<TestDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, kind: "DATABASE_URL", dispose: async () => {} };
  const local = "postgres://postgres@127.0.0.1:5432/postgres";
  if (await reachable(local)) return throwawayDatabase(local, "local-server");
  return (await tempCluster()) ?? pglite();
}

/** An empty database of its own (no migrations), on the same server as the run's database. Drop it after. */
export async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const runUrl = process.env.TEST_DATABASE_URL;
  if (!runUrl) throw new Error("TEST_DATABASE_URL is not set");
  const server = new URL(runUrl);
  server.pathname = "/postgres";
  const db = await throwawayDatabase(server.toString(), "local-server");
  return { url: db.url, drop: () => db.dispose() };
}

/**
 * A database of its own for a test that needs an empty market (e.g. counting what the seed made), on the
 * same server as the run's database, migrated. Drop it with the returned function.
 */
export async function freshMigratedDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const db = await emptyDatabase();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createDataSource } = require("../src/db/data-source") as typeof DataSourceModule;
  const ds = await createDataSource({ url: db.url, poolSize: 1 }).initialize();
  await ds.runMigrations({ transaction: "each" });
  await ds.destroy();
  return db;
}
