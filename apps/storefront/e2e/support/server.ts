import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { E2E } from "./env";

const ROOT = path.resolve(__dirname, "../../../..");
/** The PostgreSQL server the suite creates its throwaway database on (override with E2E_POSTGRES_URL). */
const POSTGRES = E2E.postgresUrl;

export interface Server {
  url: string;
  admin: { email: string; password: string };
  stop: () => Promise<void>;
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

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Boots the built API (which serves the built storefront at /) on a new database `chophien_e2e_<random>`,
 * waits for "running at http://localhost:PORT", and returns a stop() that kills it and drops the database.
 */
export async function startServer(): Promise<Server> {
  for (const built of ["apps/api/dist/main.js", "apps/storefront/dist/index.html"])
    if (!fs.existsSync(path.join(ROOT, built)))
      throw new Error(`${built} is missing: run \`npm run build\` before the e2e tests`);

  const database = `chophien_e2e_${randomBytes(4).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE ${database}`));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-e2e-"));
  const port = await freePort();
  const adminUser = { email: "admin@e2e.chophien.test", password: "e2e-admin-password" };

  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "apps/api/dist/main.js")], {
    cwd: ROOT,
    env: {
      ...E2E.inherited,
      NODE_ENV: "development",
      DATABASE_URL: `${POSTGRES}/${database}`,
      ADMIN_EMAIL: adminUser.email,
      ADMIN_PASSWORD: adminUser.password,
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

  const stop = async () => {
    if (child.exitCode === null) {
      let timer: NodeJS.Timeout | undefined;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      // The API shuts down gracefully (up to 10 s); past 15 s it is killed. The timer must not outlive it.
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 15_000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, admin: adminUser, stop };
}
