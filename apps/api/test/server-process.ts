/**
 * The real server (`src/main.ts` through tsx's loader, so no build is needed) as a child process, for tests of what only
 * whole processes show: concurrent starts, replicas, signals. Every process started here is killed when the
 * test file ends, even after a failure (`stopAllServers` in afterAll).
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const API_DIR = path.resolve(__dirname, "..");
export const SERVER_JWT_SECRET = "cluster-test-secret-that-is-long-enough-0123456789";
export const TEST_ADMIN = { email: "admin@cluster.test", password: "mat-khau-quan-tri-123" };

export interface ServerProcess {
  child: ChildProcess;
  /** http://127.0.0.1:<port> */
  url: string;
  dataDir: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (null after a signal) once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Milliseconds from spawn to "running at". */
  startMs: number;
}

/** Every child started by this test file and not yet gone, ready or not. */
const running = new Set<ChildProcess>();

/** Starts one server on a free loopback port against `databaseUrl`; resolves once it says it is running. */
export function startServer(databaseUrl: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 240_000): Promise<ServerProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-proc-"));
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "info",
    SEED_SCALE: "0.02",
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    JWT_SECRET: SERVER_JWT_SECRET,
    ...env,
  };
  delete childEnv.TEST_DATABASE_URL;
  const started = Date.now();
  // `node --import tsx` rather than the tsx binary, which runs the server in a child of its own: a signal sent
  // here must reach the server itself.
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: API_DIR,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let out = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      running.delete(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
      resolve({ code, signal });
    }),
  );
  return new Promise((resolve, reject) => {
    let ready = false;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      // PUBLIC_URL, when given, names the host it prints (e.g. 127.0.0.1); the port is what matters.
      const m = !ready && out.match(/running at http:\/\/[^\s:/]+:(\d+)/);
      if (!m) return;
      ready = true;
      clearTimeout(timer);
      resolve({ child, url: `http://127.0.0.1:${m[1]}`, dataDir, output: () => out, exited, startMs: Date.now() - started });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`server exited (${code ?? signal}) before it was running:\n${out}`));
    });
  });
}

/** SIGKILLs every server this test file started and still running, and waits for them to be gone. */
export async function stopAllServers(): Promise<void> {
  const all = [...running];
  await Promise.all(
    all.map((child) => {
      const gone = new Promise((r) => child.once("exit", r));
      child.kill("SIGKILL");
      return gone;
    }),
  );
}
