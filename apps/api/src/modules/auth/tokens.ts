import crypto from "node:crypto";
import jwt from "jsonwebtoken";
import type { Role } from "@chophien/contracts";
import type { Clock } from "../../lib/clock";

/** Access tokens live 15 minutes; refresh tokens 30 days, rotated on every use. */
export const ACCESS_TTL_SECONDS = 15 * 60;
export const REFRESH_TTL_SECONDS = 30 * 24 * 3600;
const ALGORITHMS: jwt.Algorithm[] = ["HS256"];
const ISSUER = "chophien";

export interface AccessClaims {
  sub: string;
  role: Role;
  /** The user's token version when issued; a password change bumps it. */
  ver: number;
  /** Session id: the refresh-token family this token was issued with; a sign-out revokes it at once. */
  sid: string;
  typ: "access";
}
export interface RefreshClaims {
  sub: string;
  /** Refresh-token family: every token rotated from one sign-in. */
  fam: string;
  typ: "refresh";
}

/** Raised for any token that is malformed, expired, wrongly signed or of the wrong type. */
export class InvalidTokenError extends Error {}

/** Signs and verifies the two token types with HS256 only (no `alg:none`, no key confusion). */
export class TokenService {
  /**
   * The secret as a KeyObject, made once: given a string, jsonwebtoken first tries to parse it as a PEM public
   * key on every call (and fails) — about a third of a millisecond per signed-in request.
   */
  private readonly secret: crypto.KeyObject;

  constructor(
    secret: string,
    private readonly clock: Clock,
  ) {
    this.secret = crypto.createSecretKey(Buffer.from(secret, "utf8"));
  }

  private nowSeconds() {
    return Math.floor(this.clock.now().getTime() / 1000);
  }

  signAccess(claims: Omit<AccessClaims, "typ">): string {
    return this.sign({ ...claims, typ: "access" }, ACCESS_TTL_SECONDS);
  }

  signRefresh(claims: Omit<RefreshClaims, "typ">): string {
    return this.sign({ ...claims, typ: "refresh", jti: crypto.randomUUID() }, REFRESH_TTL_SECONDS);
  }

  verifyAccess(token: string): AccessClaims {
    const c = this.verify(token);
    if (c.typ !== "access" || typeof c.role !== "string" || typeof c.ver !== "number" || typeof c.sid !== "string")
      throw new InvalidTokenError("not an access token");
    return c as unknown as AccessClaims;
  }

  verifyRefresh(token: string): RefreshClaims {
    const c = this.verify(token);
    if (c.typ !== "refresh" || typeof c.fam !== "string") throw new InvalidTokenError("not a refresh token");
    return c as unknown as RefreshClaims;
  }

  private sign(payload: Record<string, unknown>, ttl: number): string {
    const iat = this.nowSeconds();
    return jwt.sign({ ...payload, iat, exp: iat + ttl }, this.secret, { algorithm: "HS256", issuer: ISSUER });
  }

  private verify(token: string): jwt.JwtPayload {
    try {
      const c = jwt.verify(token, this.secret, { algorithms: ALGORITHMS, issuer: ISSUER, clockTimestamp: this.nowSeconds() });
      if (typeof c === "string" || typeof c.sub !== "string") throw new InvalidTokenError("malformed token");
      return c;
    } catch (err) {
      throw err instanceof InvalidTokenError ? err : new InvalidTokenError((err as Error).message);
    }
  }
}

/** Refresh tokens are stored only as this hash. */
export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");
