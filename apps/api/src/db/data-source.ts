import { DataSource, type EntityManager } from "typeorm";
import { entities } from "./entities";
import { migrations } from "./migrations";
import { SnakeNamingStrategy } from "./naming";

export interface DataSourceOptions {
  url: string;
  /** Pool size; the embedded server serialises queries anyway, so keep it small there. */
  poolSize?: number;
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
    extra: { connectionTimeoutMillis: 5000, idleTimeoutMillis: 30000, application_name: "chophien-api" },
  });
}

/** Runs `work` in one transaction; the manager it receives must be passed down to every helper. */
export function transaction<T>(ds: DataSource | EntityManager, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return ds.transaction(work);
}
