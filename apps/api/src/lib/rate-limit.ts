import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
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

function tooMany(msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError("rate_limited", `Too many attempts; try again in ${seconds} s`, undefined, {
    "Retry-After": String(seconds),
  });
}

/**
 * Throttles sign-in per IP and per email. Counters live in this process's memory: with several replicas
 * each keeps its own (the limit is per replica), which still stops online guessing.
 */
export class LoginLimiter {
  private readonly ip: RateLimiterMemory;
  private readonly email: RateLimiterMemory;
  constructor(private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    this.ip = new RateLimiterMemory({ keyPrefix: "ip", points: limits.perIp.points, duration: limits.perIp.seconds });
    this.email = new RateLimiterMemory({ keyPrefix: "email", points: limits.perEmail.points, duration: limits.perEmail.seconds });
  }

  /** Counts one attempt from `ip` and refuses (429) if the IP or the email is over its limit. */
  async attempt(ip: string, email: string): Promise<void> {
    const blocked = await this.email.get(email);
    if (blocked && blocked.consumedPoints >= this.limits.perEmail.points) throw tooMany(blocked.msBeforeNext);
    try {
      await this.ip.consume(ip);
    } catch (res) {
      if (res instanceof RateLimiterRes) throw tooMany(res.msBeforeNext);
      throw res;
    }
  }

  /** Records a failed password for `email`. */
  async failed(email: string): Promise<void> {
    await this.email.penalty(email, 1);
  }

  /** A successful sign-in clears the email's failures. */
  async succeeded(email: string): Promise<void> {
    await this.email.delete(email);
  }
}
