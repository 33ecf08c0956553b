import path from "node:path";
import type { Logger } from "pino";
import { type DataSource, MigrationExecutor } from "typeorm";
import type { Config } from "../config";
import { createDataSource } from "./data-source";
import { startEmbeddedDatabase } from "./embedded";
import { withStartupLock } from "./startup-lock";

/** The connected database and how to shut it down. */
export interface Database {
  dataSource: DataSource;
  /** The PostgreSQL URL in use (the embedded socket's in embedded mode), for other clients such as pg-boss. */
  url: string;
  embedded: boolean;
  /**
   * Under the startup lock (one process at a time among all those sharing the database): applies pending
   * migrations, then runs `work` (job-queue setup, admin bootstrap, demo seed).
   */
  startup<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Connects to `DATABASE_URL`, or starts the embedded PGlite under `DATA_DIR`; `startup()` then migrates. */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(path.join(config.dataDir, "pgdata"), log);
  const url = config.databaseUrl ?? embedded!.url;
  const dataSource = createDataSource({
    url,
    poolSize: embedded ? 5 : 10,
    poolTimeoutMs: config.database.poolTimeoutMs,
    statementTimeoutMs: embedded ? undefined : config.database.statementTimeoutMs,
  });
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.close();
  };
  try {
    await dataSource.initialize();
  } catch (err) {
    await close();
    throw err;
  }
  return {
    dataSource,
    url,
    embedded: Boolean(embedded),
    startup: (work) =>
      withStartupLock(url, log, async () => {
        await migrate(dataSource, log);
        return work();
      }),
    close,
  };
}

/** Applies pending migrations, each in its own transaction, without the statement timeout requests get. */
async function migrate(ds: DataSource, log: Logger): Promise<void> {
  const runner = ds.createQueryRunner();
  try {
    await runner.query(`SET statement_timeout = 0`);
    const executor = new MigrationExecutor(ds, runner);
    executor.transaction = "each";
    const applied = await executor.executePendingMigrations();
    if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, "migrations applied");
  } finally {
    await runner.release();
  }
}
