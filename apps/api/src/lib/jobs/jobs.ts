import { VN_TIME_ZONE } from "@chophien/contracts";
import PgBoss from "pg-boss";
import type { Logger } from "pino";

/** pg-boss queue policies: `short` keeps at most one queued job per key, `singleton` one active, `stately` both. */
export type QueuePolicy = "standard" | "short" | "singleton" | "stately";

/** How a queue behaves; declared by `work()` and converged on every start, so every process agrees. */
export interface QueueOptions {
  policy?: QueuePolicy;
  /** Retries after a failed handler (pg-boss default 2). */
  retryLimit?: number;
  /** A job still active after this long is failed (and retried), e.g. when its process died (default 15 min). */
  expireInSeconds?: number;
}

export interface WorkOptions extends QueueOptions {
  /** How often this process polls the queue (default 2 s, minimum 0.5 s). */
  pollingIntervalSeconds?: number;
}

export interface SendOptions {
  singletonKey?: string;
  /** Throttle: at most one job per key in each window of this many seconds, across every process. */
  singletonSeconds?: number;
  /** Seconds from now, or a date. */
  startAfter?: number | Date;
}

/** Handles one job's data; throwing fails the job (pg-boss retries it per the queue's retryLimit). */
export type JobHandler<T> = (data: T, job: { id: string; name: string }) => Promise<void> | void;

/** Background work shared by every API process through PostgreSQL: each job runs once, in one process. */
export interface Jobs {
  /** Connects, installs or migrates the `pgboss` schema, starts maintenance. */
  start(): Promise<void>;
  /** Stops tickers and workers, waits for running handlers (10 s at most), closes the pool. */
  stop(): Promise<void>;
  /** Declares queue `name` with `opts` and runs `handler` for its jobs in this process. */
  work<T extends object>(name: string, handler: JobHandler<T>, opts?: WorkOptions): Promise<void>;
  /** Queues a job; null when a singleton/throttle rule dropped it. */
  send(name: string, data?: object, opts?: SendOptions): Promise<string | null>;
  /** A cron schedule (minute resolution, GMT+7), kept in the database: one job per tick for all processes. */
  schedule(name: string, cron: string, data?: object): Promise<void>;
  /**
   * Sends a job every `seconds` from this process, throttled to one per window across all processes
   * (pg-boss cron stops at minutes). A failed send is logged and tried again at the next tick.
   */
  every(name: string, seconds: number, data?: object): void;
}

export interface JobsOptions {
  /** Postgres schema of pg-boss's tables (default `pgboss`). */
  schema?: string;
  /**
   * Connections in pg-boss's own pool (default 3). Keep it small: the embedded PGlite socket runs one
   * query at a time, and the API's TypeORM pool needs the rest.
   */
  poolMax?: number;
}

const STOP_TIMEOUT_MS = 10_000;

/** A thin wrapper around pg-boss 10 (its own small `pg` pool on `databaseUrl`: a real server or the embedded socket). */
export function createJobs(databaseUrl: string, log: Logger, opts: JobsOptions = {}): Jobs {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: opts.schema ?? "pgboss",
    max: opts.poolMax ?? 3,
    application_name: "chophien-jobs",
    // Ticks every few seconds would otherwise pile up 12 h of completed jobs before archiving.
    archiveCompletedAfterSeconds: 60 * 60,
    deleteAfterDays: 3,
  });
  // pg-boss emits errors (a lost connection, a failed poll) instead of throwing; an unheard 'error' would crash.
  boss.on("error", (err) => log.error({ err }, "job queue error"));

  const queues = new Map<string, Promise<void>>();
  const tickers = new Set<NodeJS.Timeout>();
  let running = false;

  /** Creates the queue once per process (creation is idempotent in the database), then applies `options` if any. */
  const declare = (name: string, options?: QueueOptions): Promise<void> => {
    let created = queues.get(name);
    if (!created) {
      created = boss.createQueue(name).catch((err: unknown) => {
        queues.delete(name);
        throw err;
      });
      queues.set(name, created);
    }
    return options ? created.then(() => boss.updateQueue(name, { name, policy: "standard", ...options })) : created;
  };

  const ready = () => {
    if (!running) throw new Error("Jobs are not started: call jobs.start() first");
  };

  const send = async (name: string, data: object = {}, o: SendOptions = {}): Promise<string | null> => {
    ready();
    await declare(name);
    return boss.send(name, data, { ...o });
  };

  return {
    async start() {
      await boss.start();
      running = true;
    },

    async stop() {
      running = false;
      for (const t of tickers) clearInterval(t);
      tickers.clear();
      await boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
      queues.clear();
    },

    async work<T extends object>(name: string, handler: JobHandler<T>, o: WorkOptions = {}) {
      ready();
      const { pollingIntervalSeconds, ...queue } = o;
      await declare(name, Object.keys(queue).length ? queue : undefined);
      await boss.work<T>(name, { batchSize: 1, ...(pollingIntervalSeconds && { pollingIntervalSeconds }) }, async (jobs) => {
        for (const job of jobs) await handler(job.data, { id: job.id, name: job.name });
      });
    },

    send,

    async schedule(name, cron, data = {}) {
      ready();
      await declare(name);
      await boss.schedule(name, cron, data, { tz: VN_TIME_ZONE });
    },

    every(name, seconds, data = {}) {
      if (!(seconds >= 1)) throw new Error("every(): seconds must be at least 1");
      const tick = () => {
        if (!running) return;
        send(name, data, { singletonKey: "every", singletonSeconds: seconds }).catch((err: unknown) =>
          log.warn({ err, queue: name }, "could not queue a periodic job"),
        );
      };
      const timer = setInterval(tick, seconds * 1000);
      // The HTTP server keeps the process alive; a ticker alone must not (tests, scripts).
      timer.unref();
      tickers.add(timer);
      tick();
    },
  };
}
