import crypto from "node:crypto";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "../http/errors";

export interface LoginLimits {
  /** Attempts (successful or not) allowed from one IP per window. */
  perIp: { points: number; seconds: number };
  /** Failed attempts allowed against one email per window; a success resets it. */
  perEmail: { points: number; seconds: number };
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perIp: { points: 30, seconds: 10 * 60 },
  perEmail: { points: 5, seconds: 15 * 60 },
};

/** Something that runs a parameterised query, like a `pg` pool. */
export interface SqlPool {
  query(q: { text: string; values?: unknown[] }): Promise<unknown>;
}

/**
 * Where the counters live. `postgres` (the app's default): the `login_attempt` table, shared by every API
 * process, so a replica more does not mean more guesses; `prefix` separates apps sharing one database (tests).
 * `memory`: this process only.
 */
export type LoginStore = { kind: "memory" } | { kind: "postgres"; pool: SqlPool; prefix?: string };

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

function limiter(store: LoginStore, name: string, points: number, duration: number): RateLimiterAbstract {
  if (store.kind === "memory") return new RateLimiterMemory({ keyPrefix: name, points, duration });
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

/** Throttles sign-in per IP and per email. */
export class LoginLimiter {
  private readonly ip: RateLimiterAbstract;
  private readonly email: RateLimiterAbstract;
  constructor(
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
    store: LoginStore = { kind: "memory" },
  ) {
    this.ip = limiter(store, "ip", limits.perIp.points, limits.perIp.seconds);
    this.email = limiter(store, "email", limits.perEmail.points, limits.perEmail.seconds);
  }

  /**
   * Counts one attempt from `ip` — and, for a sign-in, one against `email` — and refuses (429) past either limit.
   * The email's count goes up before the password is checked (a success resets it), in one atomic statement, so
   * parallel guesses cannot all slip in before the failures are counted.
   */
  async attempt(ip: string, email?: string): Promise<void> {
    try {
      await this.ip.consume(ip);
    } catch (res) {
      if (res instanceof RateLimiterRes) throw tooMany(res.msBeforeNext);
      throw res;
    }
    if (email === undefined) return;
    const counted = await this.email.penalty(emailKey(email), 1);
    if (counted.consumedPoints > this.limits.perEmail.points) throw tooMany(counted.msBeforeNext);
  }

  /** A successful sign-in clears the email's count. */
  async succeeded(email: string): Promise<void> {
    await this.email.delete(emailKey(email));
  }
}

/** A limit of `points` actions per `seconds` for one key (an IP), refused with 429 and Retry-After past it. */
export type Throttle = (key: string) => Promise<void>;

/** A `Throttle` named `name` in `store` (the shared counter table by default in the app). */
export function throttle(store: LoginStore, name: string, points: number, seconds: number): Throttle {
  const l = limiter(store, name, points, seconds);
  return async (key) => {
    try {
      await l.consume(key);
    } catch (res) {
      if (res instanceof RateLimiterRes) throw tooMany(res.msBeforeNext);
      throw res;
    }
  };
}
