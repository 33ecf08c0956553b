import path from "node:path";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { createDataSource } from "./data-source";
import { startEmbeddedDatabase } from "./embedded";

/** The connected, migrated database and how to shut it down. */
export interface Database {
  dataSource: DataSource;
  /** The PostgreSQL URL in use (the embedded socket's in embedded mode), for other clients such as pg-boss. */
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** Connects to `DATABASE_URL`, or starts the embedded PGlite under `DATA_DIR`, and applies pending migrations. */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(path.join(config.dataDir, "pgdata"), log);
  const url = config.databaseUrl ?? embedded!.url;
  const dataSource = createDataSource({ url, poolSize: embedded ? 5 : 10 });
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: "each" });
    if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, "migrations applied");
  } catch (err) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.close();
    throw err;
  }
  return {
    dataSource,
    url,
    embedded: Boolean(embedded),
    async close() {
      await dataSource.destroy();
      await embedded?.close();
    },
  };
}
