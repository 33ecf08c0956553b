import crypto from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "../http/errors";
import { type Clock, systemClock } from "./clock";

export interface LoginLimits {
  /** Attempts (successful or not) allowed from one IP per window, whatever the accounts. */
  perIp: { points: number; seconds: number };
  /**
   * Failed attempts allowed against one account from one client (IP) per window; a success resets it. Someone
   * guessing from one place is stopped without locking the owner out elsewhere.
   */
  perAccountClient: { points: number; seconds: number };
  /**
   * Across every client: after `freeFailures` failed attempts each further attempt must wait 2^k seconds after
   * the previous one (k = failures beyond the free ones), at most `maxDelaySeconds` (429 with Retry-After), so
   * slow guessing from many addresses gets nowhere. At `alertAt` failures the owner is mailed a one-time sign-in
   * link. A success, or the link, resets it; so does `resetSeconds` without any attempt.
   */
  perAccount: { freeFailures: number; maxDelaySeconds: number; alertAt: number; resetSeconds: number };
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perIp: { points: 30, seconds: 10 * 60 },
  perAccountClient: { points: 5, seconds: 15 * 60 },
  perAccount: { freeFailures: 10, maxDelaySeconds: 15 * 60, alertAt: 10, resetSeconds: 24 * 3600 },
};

/** Something that runs a parameterised query, like a `pg` pool. */
export interface SqlPool {
  query(q: { text: string; values?: unknown[] }): Promise<unknown>;
}

/**
 * Where the counters live: PostgreSQL, shared by every API process, so a replica more does not mean more
 * guesses. `login_attempt` (rate-limiter-flexible's table) holds the per-IP and per-(account, client) windows,
 * `account_lockout` the per-account back-off. `prefix` separates apps sharing one database (tests).
 */
export interface LoginStore {
  pool: SqlPool;
  prefix?: string | undefined;
}

function tooMany(msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError("rate_limited", `Too many attempts; try again in ${seconds} s`, undefined, {
    "Retry-After": String(seconds),
  });
}

/**
 * The library names its prepared statements; on the embedded database every connection shares one PGlite
 * session, where a second connection preparing the same name fails. Unnamed statements work everywhere.
 */
const unnamed = (pool: SqlPool): SqlPool => ({ query: ({ text, values }) => pool.query({ text, values }) });

function window(store: LoginStore, name: string, points: number, duration: number): RateLimiterAbstract {
  return new RateLimiterPostgres({
    keyPrefix: `${store.prefix ?? ""}${name}`,
    points,
    duration,
    storeClient: unnamed(store.pool),
    storeType: "pool",
    tableName: "login_attempt", // made by a migration
    tableCreated: true,
  });
}

/**
 * Emails are counted under a hash: a fixed length whatever the address (the key column holds 255 characters,
 * emails may have 254 before the prefix) and no addresses sitting in the table.
 */
export const emailKey = (email: string) => crypto.createHash("sha256").update(email.toLowerCase()).digest("base64url");
/** A client's address, hashed for the same reasons (IPv6 addresses are long). */
const clientKey = (ip: string) => crypto.createHash("sha256").update(ip).digest("base64url").slice(0, 22);

/** What a counted sign-in attempt tells the caller. */
export interface AttemptOutcome {
  /** This attempt crossed the account's alert threshold: mail its owner a sign-in link (exactly one caller is told). */
  alertOwner: boolean;
}

/**
 * One statement counts an attempt against the account unless it is inside its back-off (then nothing changes
 * and no row comes back). ON CONFLICT locks the row, so concurrent attempts from anywhere are counted one by one.
 * $1 key, $2 now, $3 resetSeconds, $4 freeFailures, $5 maxDelaySeconds.
 */
const COUNT_ACCOUNT_ATTEMPT = `
  INSERT INTO account_lockout AS l (email_key, failures, last_attempt_at) VALUES ($1, 1, $2)
  ON CONFLICT (email_key) DO UPDATE SET
    failures = CASE WHEN l.last_attempt_at <= $2 - make_interval(secs => $3) THEN 1 ELSE l.failures + 1 END,
    alerted_at = CASE WHEN l.last_attempt_at <= $2 - make_interval(secs => $3) THEN NULL ELSE l.alerted_at END,
    last_attempt_at = $2
  WHERE l.last_attempt_at <= $2 - make_interval(secs => $3)
     OR l.failures < $4
     OR l.last_attempt_at + make_interval(secs => least($5, power(2, l.failures - $4))) <= $2
  RETURNING failures, alerted_at`;

/** Throttles sign-in per IP, per (account, client) and — with exponential back-off — per account. */
export class LoginLimiter {
  private readonly ip: RateLimiterAbstract;
  private readonly pair: RateLimiterAbstract;
  private readonly prefix: string;
  constructor(
    private readonly limits: LoginLimits,
    private readonly store: LoginStore,
    private readonly clock: Clock = systemClock,
  ) {
    this.ip = window(store, "ip", limits.perIp.points, limits.perIp.seconds);
    this.pair = window(store, "pair", limits.perAccountClient.points, limits.perAccountClient.seconds);
    this.prefix = store.prefix ?? "";
  }

  /** Counts one attempt from `ip` (registration, sign-in links) and refuses (429) past the IP's limit. */
  async fromClient(ip: string): Promise<void> {
    try {
      await this.ip.consume(ip);
    } catch (res) {
      if (res instanceof RateLimiterRes) throw tooMany(res.msBeforeNext);
      throw res;
    }
  }

  /**
   * Counts a sign-in attempt for `email` from `ip` — against the IP, the (account, client) pair and the account —
   * and refuses (429 with Retry-After) past any limit. The counts go up before the password is checked (a
   * success resets them), each in one atomic statement, so parallel guesses cannot slip in uncounted.
   */
  async attempt(ip: string, email: string): Promise<AttemptOutcome> {
    await this.fromClient(ip);
    const pair = await this.pair.penalty(`${emailKey(email)}:${clientKey(ip)}`, 1);
    if (pair.consumedPoints > this.limits.perAccountClient.points) throw tooMany(pair.msBeforeNext);
    return this.countAccount(email);
  }

  /** A successful sign-in clears the account's counts and this client's count for it. */
  async succeeded(ip: string, email: string): Promise<void> {
    await this.pair.delete(`${emailKey(email)}:${clientKey(ip)}`);
    await this.forgetAccount(email);
  }

  /** Ends the account's back-off (its owner proved themselves with a sign-in link). */
  async forgetAccount(email: string): Promise<void> {
    await this.store.pool.query({ text: `DELETE FROM account_lockout WHERE email_key = $1`, values: [this.accountKey(email)] });
  }

  private accountKey(email: string) {
    return `${this.prefix}${emailKey(email)}`;
  }

  private async countAccount(email: string): Promise<AttemptOutcome> {
    const { freeFailures, maxDelaySeconds, alertAt, resetSeconds } = this.limits.perAccount;
    const key = this.accountKey(email);
    const now = this.clock.now();
    const counted = (await this.store.pool.query({
      text: COUNT_ACCOUNT_ATTEMPT,
      values: [key, now, resetSeconds, freeFailures, maxDelaySeconds],
    })) as { rows: { failures: number; alerted_at: Date | null }[] };
    const row = counted.rows[0];
    if (!row) {
      const held = (await this.store.pool.query({
        text: `SELECT failures, last_attempt_at FROM account_lockout WHERE email_key = $1`,
        values: [key],
      })) as { rows: { failures: number; last_attempt_at: Date }[] };
      const h = held.rows[0];
      const waitMs = h
        ? new Date(h.last_attempt_at).getTime() +
          Math.min(maxDelaySeconds, 2 ** (h.failures - freeFailures)) * 1000 -
          now.getTime()
        : 1000;
      throw tooMany(waitMs);
    }
    if (row.failures < alertAt || row.alerted_at) return { alertOwner: false };
    const alerted = (await this.store.pool.query({
      text: `UPDATE account_lockout SET alerted_at = $2 WHERE email_key = $1 AND alerted_at IS NULL RETURNING 1`,
      values: [key, now],
    })) as { rows: unknown[] };
    return { alertOwner: alerted.rows.length === 1 };
  }
}

/** A limit of `points` actions per `seconds` for one key (an IP), refused with 429 and Retry-After past it. */
export type Throttle = (key: string) => Promise<void>;

/** A `Throttle` named `name` in `store` (the shared counter table by default in the app). */
export function throttle(store: LoginStore, name: string, points: number, seconds: number): Throttle {
  const l = window(store, name, points, seconds);
  return async (key) => {
    try {
      await l.consume(key);
    } catch (res) {
      if (res instanceof RateLimiterRes) throw tooMany(res.msBeforeNext);
      throw res;
    }
  };
}
