import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { E2E } from "./env";

/** The repository's root. */
export const ROOT = path.resolve(__dirname, "../..");

/** The front end a suite drives; the API serves the storefront at / and the console at /console. */
export type FrontEnd = "storefront" | "console";

export interface Server {
  url: string;
  admin: { email: string; password: string };
  /** The server's DATA_DIR: the development outboxes (`mail/`, `sms/`) a journey reads codes and links from. */
  dataDir: string;
  /** SQL on the test database (backdating orders for the console's 30-day dashboard). */
  sql: (text: string, params?: unknown[]) => Promise<pg.QueryResult>;
  stop: () => Promise<void>;
}

async function onPostgres<T>(database: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${E2E.postgresUrl}/${database}` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A port nobody is listening on. (PORT=0 would leave the API's public URL — VNPay's return address — at :0.) */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Newest modification time under a folder. */
function newest(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((max, name) => Math.max(max, newest(path.join(p, name))), stat.mtimeMs);
}

/** The suite tests what the API serves: the built API and front end (with `refuseStale`, no older than its sources). */
function assertBuilt(app: FrontEnd, refuseStale: boolean) {
  const index = `apps/${app}/dist/index.html`;
  for (const built of ["apps/api/dist/main.js", index])
    if (!fs.existsSync(path.join(ROOT, built)))
      throw new Error(`${built} is missing: run \`npm run build\` before the e2e tests`);
  if (refuseStale && newest(path.join(ROOT, `apps/${app}/src`)) > fs.statSync(path.join(ROOT, index)).mtimeMs)
    throw new Error(`apps/${app}/dist is older than its sources: run \`npm run build -w @chophien/${app}\` first`);
}

/**
 * Boots the built API (which serves the built front ends) on a free port and a new database
 * `chophien_e2e_<app>_<random>`, waits for "running at http://localhost:PORT", and returns a stop() that kills it
 * and drops the database. The API seeds the demo market on start.
 */
export async function startServer(app: FrontEnd, { refuseStale = false }: { refuseStale?: boolean } = {}): Promise<Server> {
  assertBuilt(app, refuseStale);
  const database = `chophien_e2e_${app}_${randomBytes(4).toString("hex")}`;
  await onPostgres("postgres", (c) => c.query(`CREATE DATABASE ${database}`));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `chophien-${app}-e2e-`));
  const port = await freePort();
  const admin = { email: "admin@e2e.chophien.test", password: "e2e-admin-password" };

  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "apps/api/dist/main.js")], {
    cwd: ROOT,
    env: {
      ...E2E.inherited,
      NODE_ENV: "development",
      DATABASE_URL: `${E2E.postgresUrl}/${database}`,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });

  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start in 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`API exited with ${code}:\n${output}`));
    });
  });

  // Connects on the first query only; suites that never run SQL never open it.
  const pool = new pg.Pool({ connectionString: `${E2E.postgresUrl}/${database}`, max: 2 });
  const stop = async () => {
    await pool.end();
    if (child.exitCode === null) {
      let timer: NodeJS.Timeout | undefined;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      // The API shuts down gracefully (up to 10 s); past 15 s it is killed. The timer must not outlive it.
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 15_000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    await onPostgres("postgres", (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, admin, dataDir, sql: (text, params) => pool.query(text, params), stop };
}
