import { DataSource, type EntityManager } from "typeorm";
import { entities } from "./entities";
import { migrations } from "./migrations";
import { SnakeNamingStrategy } from "./naming";

export interface DataSourceOptions {
  url: string;
  /** Pool size; the embedded server serialises queries anyway, so keep it small there. */
  poolSize?: number;
  /** PostgreSQL cancels a statement running longer (ms); unset or 0 = no limit (the embedded database has none). */
  statementTimeoutMs?: number;
  /** How long to wait for a pooled connection or a new one to connect (ms, default 5000). */
  poolTimeoutMs?: number;
  /** Log every SQL statement (debugging only). */
  logging?: boolean;
}

/** Builds (does not connect) the TypeORM data source for a PostgreSQL URL — real server or the embedded socket. */
export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url: opts.url,
    entities,
    migrations,
    migrationsTableName: "typeorm_migration",
    migrationsTransactionMode: "each",
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: "pgcrypto",
    synchronize: false,
    logging: opts.logging ?? false,
    poolSize: opts.poolSize ?? 10,
    // Extensions come from migrations, under the startup lock: TypeORM's own CREATE EXTENSION at connect time
    // races with other processes starting at once ("duplicate key value … pg_extension_name_index").
    installExtensions: false,
    extra: {
      // pg-pool applies this both to connecting and to waiting for a free connection.
      connectionTimeoutMillis: opts.poolTimeoutMs ?? 5000,
      idleTimeoutMillis: 30000,
      application_name: "chophien-api",
      ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
    },
  });
}

/** Runs `work` in one transaction; the manager it receives must be passed down to every helper. */
export function transaction<T>(ds: DataSource | EntityManager, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return ds.transaction(work);
}
