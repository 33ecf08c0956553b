import type { Logger } from "pino";
import type { DataSource, EntityTarget, ObjectLiteral, Repository } from "typeorm";
import { createDataSource, type DataSourceOptions } from "./data-source";
import { isDatabaseUnavailable } from "./errors";

/** One streaming replica: its data source once connected, and until when it is left alone after a failure. */
interface Replica {
  url: string;
  ds: DataSource | undefined;
  downUntil: number;
  connecting: Promise<DataSource | undefined> | undefined;
}

export interface ReadReplicaOptions extends Omit<DataSourceOptions, "url"> {
  /** How long a replica that failed is skipped before it is tried again (ms). */
  retryAfterMs?: number;
  log?: Logger;
  now?: () => number;
}

/**
 * Streaming replicas (`DATABASE_REPLICA_URLS`) for reads that may lag the primary by a moment: the public catalogue
 * and search. `dataSource` looks like a DataSource to its user (the CatalogService): each `query` and repository call
 * goes to the next healthy replica in turn, and to the primary when none is healthy or the one it chose fails (the
 * failed one is skipped for `retryAfterMs`). Everything a user writes, and reads back, stays on the primary: only
 * the services handed `dataSource` read from replicas.
 */
export class ReadReplicas {
  private readonly replicas: Replica[];
  private next = 0;
  private readonly retryAfterMs: number;
  private readonly now: () => number;
  /** The DataSource-shaped view to hand to read-only services. */
  readonly dataSource: DataSource;

  constructor(
    private readonly primary: DataSource,
    urls: readonly string[],
    private readonly opts: ReadReplicaOptions = {},
  ) {
    this.replicas = urls.map((url) => ({ url, ds: undefined, downUntil: 0, connecting: undefined }));
    this.retryAfterMs = opts.retryAfterMs ?? 5000;
    this.now = opts.now ?? Date.now;
    this.dataSource = this.view();
  }

  /** Which replicas are in use now (for /api/health and logs); URLs without their passwords. */
  status(): { url: string; healthy: boolean }[] {
    const t = this.now();
    return this.replicas.map((r) => ({ url: redact(r.url), healthy: Boolean(r.ds?.isInitialized) && r.downUntil <= t }));
  }

  async close(): Promise<void> {
    await Promise.all(this.replicas.map(async (r) => (r.ds?.isInitialized ? r.ds.destroy() : undefined)));
  }

  /** Runs `work` on a healthy replica, else (or when it fails for want of a database) on the primary. */
  async read<T>(work: (ds: DataSource) => Promise<T>): Promise<T> {
    const replica = await this.pick();
    if (!replica?.ds) return work(this.primary);
    try {
      return await work(replica.ds);
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      this.markDown(replica, err);
      return work(this.primary);
    }
  }

  private async pick(): Promise<Replica | undefined> {
    const t = this.now();
    for (let i = 0; i < this.replicas.length; i++) {
      const r = this.replicas[(this.next + i) % this.replicas.length]!;
      if (r.downUntil > t) continue;
      this.next = (this.next + i + 1) % this.replicas.length;
      if (!r.ds?.isInitialized && !(await this.connect(r))) continue;
      return r;
    }
    return undefined;
  }

  private connect(r: Replica): Promise<DataSource | undefined> {
    r.connecting ??= (async () => {
      try {
        const ds = createDataSource({ ...this.opts, url: r.url, poolSize: this.opts.poolSize ?? 5 });
        await ds.initialize();
        r.ds = ds;
        this.opts.log?.info({ replica: redact(r.url) }, "reading the catalogue from a replica");
        return ds;
      } catch (err) {
        this.markDown(r, err);
        return undefined;
      } finally {
        r.connecting = undefined;
      }
    })();
    return r.connecting;
  }

  private markDown(r: Replica, err: unknown): void {
    r.downUntil = this.now() + this.retryAfterMs;
    this.opts.log?.warn({ replica: redact(r.url), err }, "replica unavailable: reading from the primary for now");
  }

  /** A DataSource whose reads go through `read` (only what read-only services use is routed; the rest is the primary's). */
  private view(): DataSource {
    const routedRepository = <E extends ObjectLiteral>(target: EntityTarget<E>): Repository<E> =>
      new Proxy(this.primary.getRepository(target), {
        get: (repo, prop, receiver) => {
          const own = Reflect.get(repo, prop, receiver) as unknown;
          // `create` builds an object in memory, query builders are run by the caller: both stay on the primary.
          if (typeof own !== "function" || prop === "create" || prop === "createQueryBuilder") return own;
          return (...args: unknown[]) =>
            this.read(async (ds) =>
              (ds.getRepository(target) as unknown as Record<PropertyKey, (...a: unknown[]) => Promise<unknown>>)[prop]!(...args),
            );
        },
      });
    return new Proxy(this.primary, {
      get: (primary, prop, receiver) => {
        if (prop === "query") return (sql: string, params?: unknown[]) => this.read((ds) => ds.query(sql, params));
        if (prop === "getRepository") return routedRepository;
        return Reflect.get(primary, prop, receiver) as unknown;
      },
    });
  }
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
