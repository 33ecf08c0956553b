import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import supertest from "supertest";
import type { DataSource } from "typeorm";
import { createApp, type AppDeps } from "../src/app";
import { loadConfig, type Config } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { systemClock, type Clock } from "../src/lib/clock";
import { TokenService } from "../src/modules/auth/tokens";

export const TEST_JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";

export interface TestApp {
  ds: DataSource;
  config: Config;
  http: ReturnType<typeof supertest>;
  app: ReturnType<typeof createApp>;
  tokens: TokenService;
  close(): Promise<void>;
}

/** The real app on the run's real PostgreSQL, driven through its HTTP stack with supertest. */
export async function startTestApp(
  opts: Partial<Omit<AppDeps, "config" | "dataSource" | "log">> & { env?: NodeJS.ProcessEnv; ds?: DataSource } = {},
): Promise<TestApp> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run the tests through jest (global-setup)");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-test-"));
  const config = loadConfig({
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    DATABASE_URL: url,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: "silent",
    ...opts.env,
  });
  const ds = opts.ds ?? (await createDataSource({ url, poolSize: 4 }).initialize());
  const clock: Clock = opts.clock ?? systemClock;
  const app = createApp({
    config,
    dataSource: ds,
    log: pino({ level: "silent" }),
    clock,
    ...(opts.loginLimits && { loginLimits: opts.loginLimits }),
  });
  return {
    ds,
    config,
    app,
    http: supertest(app),
    tokens: new TokenService(TEST_JWT_SECRET, clock),
    async close() {
      if (ds.isInitialized) await ds.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
