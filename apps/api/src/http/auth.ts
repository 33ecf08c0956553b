import type { RequestHandler } from "express";
import type { Role } from "@chophien/contracts";
import type { User } from "../modules/users/user.entity";
import { AppError } from "./errors";

declare module "express-serve-static-core" {
  interface Request {
    /** The signed-in user, set by an `auth()` guard. */
    user?: User;
    /** The session (`sid`) of the access token that signed the request in. */
    sessionId?: string;
  }
}

/** Resolves a bearer token to its user, or throws 401. */
export type Authenticator = (accessToken: string) => Promise<{ user: User; sid?: string }>;

/** A guard factory: `auth()` needs any signed-in user, `auth("admin")` or `auth("seller", "admin")` a role. */
export type AuthGuard = (...roles: Role[]) => RequestHandler;

/** Builds the one place where route guards are defined. */
export function createAuthGuard(authenticate: Authenticator): AuthGuard {
  return (...roles) =>
    async (req, _res, next) => {
      const header = req.headers.authorization;
      const match = header?.match(/^Bearer\s+([A-Za-z0-9\-_.]+)$/);
      if (!match?.[1]) return next(AppError.unauthorized(header ? "Malformed Authorization header" : "Sign in first"));
      const { user, sid } = await authenticate(match[1]);
      if (roles.length && !roles.includes(user.role)) return next(AppError.forbidden());
      req.user = user;
      req.sessionId = sid;
      next();
    };
}

/** The signed-in user of a route behind `auth()`. */
export function currentUser(req: { user?: User }): User {
  if (!req.user) throw AppError.unauthorized();
  return req.user;
}

/** Like `guard()` but lets anonymous requests through (guest carts); a bad token is still a 401. */
export function createOptionalAuth(authenticate: Authenticator): RequestHandler {
  return async (req, _res, next) => {
    const header = req.headers.authorization;
    if (!header) return next();
    const match = header.match(/^Bearer\s+([A-Za-z0-9\-_.]+)$/);
    if (!match?.[1]) return next(AppError.unauthorized("Malformed Authorization header"));
    req.user = (await authenticate(match[1])).user;
    next();
  };
}
