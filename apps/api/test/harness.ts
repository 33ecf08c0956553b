import crypto from "node:crypto";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import supertest from "supertest";
import type { DataSource } from "typeorm";
import { createApp, servicesOf, type AppDeps } from "../src/app";
import { loadConfig, type Config } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { createHttpServer } from "../src/http/server";
import { systemClock, type Clock } from "../src/lib/clock";
import { TokenService } from "../src/modules/auth/tokens";

export const TEST_JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";

export interface TestApp {
  ds: DataSource;
  config: Config;
  http: ReturnType<typeof supertest>;
  app: ReturnType<typeof createApp>;
  tokens: TokenService;
  /** The origin of the real HTTP server, when started with `listen: true` (PUBLIC_URL points at it). */
  url: string | undefined;
  close(): Promise<void>;
}

/** The real app on the run's real PostgreSQL, driven through its HTTP stack with supertest. */
export async function startTestApp(
  opts: Partial<Omit<AppDeps, "config" | "dataSource" | "log">> & {
    env?: NodeJS.ProcessEnv;
    ds?: DataSource;
    /** Also serve on a loopback port (needed when something calls back, e.g. the VNPay sandbox's IPN). */
    listen?: boolean;
    /** Builds the VNPay gateway from the final config (e.g. a sandbox whose IPN calls get lost). */
    gateway?: (config: Config) => NonNullable<AppDeps["vnpay"]>;
  } = {},
): Promise<TestApp> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run the tests through jest (global-setup)");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-test-"));
  // The server listens before the app exists, so PUBLIC_URL (IPN and return URLs) can name its port.
  const server = opts.listen ? createHttpServer(loadConfig({ ...opts.env }).http) : undefined;
  if (server) await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = server ? `http://127.0.0.1:${(server.address() as AddressInfo).port}` : undefined;
  const config = loadConfig({
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    DATABASE_URL: url,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: "silent",
    // supertest sends Host 127.0.0.1:<port>: a test that wants the redirect to PUBLIC_URL asks for it.
    CANONICAL_REDIRECT: "off",
    ...(origin ? { PUBLIC_URL: origin } : {}),
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
    // Every test app counts sign-ins apart (they share the database and 127.0.0.1) unless told to share.
    loginKeyPrefix: opts.loginKeyPrefix ?? `t${crypto.randomUUID().slice(0, 8)}:`,
    ...(opts.images && { images: opts.images }),
    ...(opts.readReplicas && { readReplicas: opts.readReplicas }),
    ...(opts.storage && { storage: opts.storage }),
    ...(opts.sms && { sms: opts.sms }),
    ...(opts.vnpay && { vnpay: opts.vnpay }),
    ...(opts.sandboxHashSecret && { sandboxHashSecret: opts.sandboxHashSecret }),
    ...(opts.gateway && { vnpay: opts.gateway(config) }),
  });
  server?.on("request", app);
  // Like every API process, each test app hears the others' sign-outs.
  const stopSessions = await servicesOf(app).sessions.listen(url);
  return {
    ds,
    config,
    app,
    http: supertest(app),
    tokens: new TokenService(TEST_JWT_SECRET, clock),
    url: origin,
    async close() {
      servicesOf(app).gateway.close();
      await servicesOf(app).live.streams.close();
      await stopSessions();
      if (server) {
        server.closeAllConnections();
        await new Promise<void>((r) => server.close(() => r()));
      }
      if (ds.isInitialized) await ds.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
