/**
 * Boots the real server as `npm start` does with no DATABASE_URL: embedded PGlite under DATA_DIR,
 * migrations, the demo admin, then HTTP. Stops it with SIGTERM and starts it again on the same data.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const API_DIR = path.resolve(__dirname, "..");
const TSX = path.resolve(API_DIR, "../../node_modules/.bin/tsx");

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function boot(dataDir: string): Promise<Running> {
  // A small demo market: the boot path is the same, the seed faster on a busy machine.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: "0",
    LOG_LEVEL: "warn",
    NODE_ENV: "development",
    SEED_SCALE: "0.05",
  };
  delete env.DATABASE_URL;
  delete env.ADMIN_EMAIL;
  delete env.ADMIN_PASSWORD;
  const child = spawn(TSX, ["src/main.ts"], { cwd: API_DIR, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${out}`)), 90_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = out.match(/running at (http:\/\/localhost:\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output: () => out });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}

function stop(r: Running): Promise<number | null> {
  return new Promise((resolve) => {
    r.child.once("exit", (code) => resolve(code));
    r.child.kill("SIGTERM");
  });
}

const post = (url: string, body: unknown) =>
  fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

describe("embedded mode (npm start without DATABASE_URL)", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-embedded-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("boots on PGlite, serves the API, stops cleanly on SIGTERM and keeps the data across restarts", async () => {
    const first = await boot(dataDir);
    const admin = first.output().match(/demo admin: (\S+) \/ (\S+)/);
    expect(admin).not.toBeNull();
    try {
      const health = await fetch(`${first.url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok", db: "up" });

      const reg = await post(`${first.url}/api/auth/register`, {
        email: "lan@example.vn",
        password: "mat-khau-123",
        fullName: "Nguyễn Thị Lan",
      });
      expect(reg.status).toBe(201);
      const adminLogin = await post(`${first.url}/api/auth/login`, { email: admin![1], password: admin![2] });
      expect(adminLogin.status).toBe(200);
      expect(((await adminLogin.json()) as { user: { role: string } }).user.role).toBe("admin");
    } finally {
      expect(await stop(first)).toBe(0);
    }
    expect(fs.existsSync(path.join(dataDir, "pgdata", "chophien.pid"))).toBe(false);

    const second = await boot(dataDir);
    try {
      expect(second.output()).toContain(`demo admin: ${admin![1]} / ${admin![2]}`);
      const login = await post(`${second.url}/api/auth/login`, { email: "lan@example.vn", password: "mat-khau-123" });
      expect(login.status).toBe(200);
    } finally {
      expect(await stop(second)).toBe(0);
    }
  }, 180_000);
});
