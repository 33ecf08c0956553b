import type { Server } from "node:http";
import { loadConfigOrExit } from "./config";
import { createApp, servicesOf } from "./app";
import { demoAccounts } from "./db/seed/demo-accounts";
import { DEMO_PASSWORD, seedDemoMarket } from "./db/seed/seed";
import { createSharpImageProcessor } from "./lib/images/image-processor";
import { createJobs } from "./lib/jobs/jobs";
import { startOcopJobs } from "./modules/ocop/ocop-jobs";
import { startLiveJobs } from "./modules/live/live-jobs";
import { startDemandJobs } from "./modules/demands/demand-jobs";
import { storageFromConfig } from "./lib/storage/from-config";
import { createMailer } from "./lib/mail/mailer";
import { listenForCatalogChanges } from "./modules/catalog/catalog-changes";
import { startHelperJobs } from "./modules/helpers/digest";
import { startNotificationJobs } from "./modules/notifications/notifications.service";
import { sandboxHashSecret } from "./modules/payments/gateway";
import { startPaymentJobs } from "./modules/payments/payment-jobs";
import { openDatabase } from "./db/database";
import { ReadReplicas } from "./db/read-replicas";
import { createHttpServer } from "./http/server";
import { createLogger } from "./lib/logger";
import { gracefulShutdown } from "./lib/shutdown";
import { ensureAdmin, ensureDemoAdmin } from "./modules/users/admin-bootstrap";

const SHUTDOWN_GRACE_MS = 10_000;

/** Boot: config → database → app → startup work (locked) → listen; SIGTERM/SIGINT shut down gracefully. */
async function main() {
  const config = loadConfigOrExit();
  const log = createLogger(config.logLevel);
  const db = await openDatabase(config, log);

  const storage = storageFromConfig(config);
  const images = createSharpImageProcessor({ maxPixels: config.images.maxPixels });
  // Background work on a PostgreSQL queue shared by every API process (also in embedded mode).
  const jobs = createJobs(db.url, log.child({ module: "jobs" }), { poolMax: db.embedded ? 2 : 3 });
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    dataDir: config.dataDir,
    from: `Chợ Phiên <no-reply@${new URL(config.publicUrl).hostname}>`,
  });
  // One process at a time, however many start together: migrations, the job queue's schema, the admin, and the
  // demo market for a fresh database (about 300 stalls, 600+ products at scale 1; a seeded one is left alone).
  const adminLine = await db.startup(async () => {
    let line = "";
    if (config.admin) {
      await ensureAdmin(db.dataSource, config.admin.email, config.admin.password);
      line = `admin: ${config.admin.email} (password from ADMIN_PASSWORD)`;
    } else if (db.embedded) {
      const demo = await ensureDemoAdmin(db.dataSource, config.dataDir);
      line = `demo admin: ${demo.email} / ${demo.password}`;
    } else {
      log.warn("no ADMIN_EMAIL/ADMIN_PASSWORD set: no admin account was ensured");
    }
    if (config.env !== "production" && config.seedScale > 0)
      await seedDemoMarket(db.dataSource, {
        scale: config.seedScale,
        storage,
        processor: images,
        log,
        commissionRateBps: config.commissionRateBps,
        codRemittedBy: config.codRemittedBy,
      });
    if (config.env !== "production") {
      const demo = await demoAccounts(db.dataSource);
      if (demo.seller || demo.buyer)
        line += `${line ? "\n  " : ""}demo seller (busy stall): ${demo.seller ?? "-"}   demo buyer: ${demo.buyer ?? "-"}   helper: ${demo.helper ?? "-"}   business buyer: ${demo.business ?? "-"}   password: ${DEMO_PASSWORD}`;
    }
    await jobs.start();
    return line;
  });

  // A production copy on the local sandbox signs with this installation's own secret, never the code's.
  const sandboxSecret = await sandboxHashSecret(config, db.dataSource);
  // Public catalogue reads go to streaming replicas when there are any (each falls back to the primary when down).
  const readReplicas =
    config.databaseReplicaUrls.length && !db.embedded
      ? new ReadReplicas(db.dataSource, config.databaseReplicaUrls, {
          statementTimeoutMs: config.database.statementTimeoutMs,
          poolTimeoutMs: config.database.poolTimeoutMs,
          log: log.child({ module: "replicas" }),
        })
      : undefined;
  const app = createApp({
    config,
    dataSource: db.dataSource,
    log,
    storage,
    images,
    sandboxHashSecret: sandboxSecret,
    ...(readReplicas && { readReplicas }),
  });

  // The queues and schedules, once more under the lock (the migrations are done by now, so this is quick).
  await db.startup(async () => {
    await startNotificationJobs(jobs, db.dataSource, mailer, {
      log,
      signInLinks: { publicUrl: config.publicUrl, secret: config.jwtSecret },
      sms: servicesOf(app).sms,
    });
    await startPaymentJobs(jobs, servicesOf(app).payments, log);
    await startHelperJobs(jobs, db.dataSource, log);
    await startOcopJobs(jobs, servicesOf(app).ocop, log);
    const { live } = servicesOf(app);
    await startLiveJobs(jobs, live.sessions, live.drafts, log.child({ module: "live" }));
    await startDemandJobs(jobs, servicesOf(app).demands, log.child({ module: "demands" }));
  });
  // Live pins and remaining units reach this process's event streams whichever process made them (NOTIFY); the
  // embedded database serves one process and passes no NOTIFY between its connections, so it delivers its own.
  if (db.embedded) servicesOf(app).live.streams.deliverInProcess(db.dataSource);
  else servicesOf(app).live.streams.connectTo(db.url);

  // Replicas drop cached catalog answers when any of them hides a product or suspends a stall. (The embedded
  // database serves one process, which forgets by itself.)
  const { catalog } = servicesOf(app);
  const stopListening =
    db.embedded || catalog.cacheTtlMs === 0
      ? async () => {}
      : await listenForCatalogChanges(db.url, () => catalog.forget(), log.child({ module: "catalog" }));

  // Every replica refuses a signed-out session's access tokens at once. (The embedded database serves one process.)
  const stopSessions = db.embedded
    ? async () => {}
    : await servicesOf(app).sessions.listen(db.url, log.child({ module: "sessions" }));

  const server: Server = createHttpServer(config.http).on("request", app);
  await new Promise<void>((resolve, reject) =>
    server.once("listening", resolve).once("error", reject).listen(config.port, config.host),
  );
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = config.publicUrl.replace(/:\d+$/, "") === "http://localhost" ? `http://localhost:${port}` : config.publicUrl;
  console.log(
    [
      "",
      `  Chợ Phiên is running at ${url}`,
      `  storefront ${url}/   console ${url}/console   API ${url}/api   docs ${url}/api/docs`,
      `  database: ${db.embedded ? `embedded PGlite in ${config.dataDir}` : "PostgreSQL (DATABASE_URL)"}`,
      adminLine ? `  ${adminLine}` : "",
      "",
    ].join("\n"),
  );

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down: finishing in-flight requests");
    // Event streams never finish by themselves: end them now (their clients reconnect to another process).
    void servicesOf(app).live.streams.close();
    const cleanup = async () => {
      servicesOf(app).gateway.close();
      await stopListening();
      await stopSessions();
      await jobs.stop();
      await readReplicas?.close();
      await db.close();
    };
    gracefulShutdown(server, cleanup, SHUTDOWN_GRACE_MS).then(
      () => {
        log.info("stopped");
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, "error while shutting down");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((err) => {
  console.error("Failed to start:", err instanceof Error ? err.message : err);
  process.exit(1);
});
