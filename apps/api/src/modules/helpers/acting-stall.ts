import type { Request, RequestHandler } from "express";
import type { DataSource, EntityManager } from "typeorm";
import { type ActingRefusal, ACTING_FOR_STALL_HEADER, STALL_SCOPES, type StallScope } from "@chophien/contracts";
import { currentUser } from "../../http/auth";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import { Stall } from "../stalls/stall.entity";
import type { StallsService } from "../stalls/stalls.service";
import type { User } from "../users/user.entity";
import { StallGrant } from "./stall-grant.entity";

/** What a seller route needs: a scope a grant can carry, or `"owner-only"` (money, grants, the stall, the owner's account). */
export type ScopeNeed = StallScope | "owner-only";

/** The change a write under a grant records: its target and the changed fields before and after. */
export interface AuditChange {
  targetId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Who acts for which stall on this request: the owner, or a helper under an active grant. */
export interface ActingStall {
  stall: Stall;
  /** The signed-in user doing it (the owner or the helper). */
  actor: User;
  /** The grant the helper acts under; null for the owner. */
  grant: StallGrant | null;
  /** What the actor may do for the stall (the owner: every scope). */
  scopes: readonly StallScope[];
  /** The declared route, e.g. `PATCH /seller/products/:id`. */
  route: string;
  /** Records a write under a grant in the caller's transaction (nothing for the owner's own writes). */
  audit(m: EntityManager, change: AuditChange): Promise<void>;
}

type Identity = Omit<ActingStall, "route" | "audit">;

declare module "express-serve-static-core" {
  interface Request {
    /** Who acts for which stall, resolved by `actingStallContext` for every `/api/seller/*` request. */
    actingIdentity?: Identity;
    /** The same, checked against the route's declared scope by `scope()`. */
    acting?: ActingStall;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STALL_COLUMNS = {
  id: true,
  ownerId: true,
  status: true,
  province: true,
  name: true,
  searchName: true,
  slug: true,
} as const;

const MESSAGES: Record<ActingRefusal, string> = {
  no_grant: "You have no grant to act for this stall",
  grant_awaiting_consent: "The stall's owner has not consented to this grant yet",
  grant_expired: "Your grant for this stall has expired",
  grant_revoked: "The stall's owner revoked your grant",
  scope_missing: "Your grant for this stall does not cover this",
  owner_only: "Only the stall's owner can do this",
  stall_not_approved: "This stall is not approved, so nobody can act for it",
};

/** 403 `acting_not_allowed` with a reason the console can explain. */
export const actingNotAllowed = (reason: ActingRefusal) =>
  new AppError("acting_not_allowed", MESSAGES[reason], undefined, undefined, { reason });

/**
 * The one middleware for `/api/seller/*` (behind `guard()`): without `X-Acting-For-Stall` the user's own approved
 * stall (else 403, as always); with it, the named stall — its owner acts as the owner, anyone else needs an
 * active, unexpired grant for it. Grants are read on every request, so revocation and expiry apply at once.
 */
export function actingStallContext(deps: { ds: DataSource; clock: Clock; stalls: StallsService }): RequestHandler {
  return async (req, _res, next) => {
    const user = currentUser(req);
    const named = req.get(ACTING_FOR_STALL_HEADER);
    if (named === undefined || named === "") {
      const stall = await deps.stalls.approvedStallOf(user);
      req.actingIdentity = { stall, actor: user, grant: null, scopes: STALL_SCOPES };
      return next();
    }
    if (!UUID.test(named))
      throw new AppError("validation_failed", `${ACTING_FOR_STALL_HEADER} must be a stall id`, [
        { path: `headers.${ACTING_FOR_STALL_HEADER.toLowerCase()}`, message: "Not a stall id" },
      ]);
    const m = deps.ds.manager;
    const stall = await m.findOne(Stall, { where: { id: named }, select: STALL_COLUMNS });
    // An unknown stall is refused like one without a grant: ids of other stalls are not confirmed.
    if (!stall) throw actingNotAllowed("no_grant");
    if (stall.ownerId === user.id) {
      if (stall.status !== "approved") throw AppError.forbidden("Only the owner of an approved stall can do this");
      req.actingIdentity = { stall, actor: user, grant: null, scopes: STALL_SCOPES };
      return next();
    }
    const now = deps.clock.now();
    // The usable grant if there is one, else the latest (to say why not).
    const grant = await m
      .createQueryBuilder(StallGrant, "g")
      .where("g.stall_id = :stall AND g.helper_id = :helper", { stall: stall.id, helper: user.id })
      .orderBy("(g.status = 'active' AND g.expires_at > :now)", "DESC")
      .addOrderBy("g.created_at", "DESC")
      .setParameter("now", now)
      .getOne();
    if (!grant) throw actingNotAllowed("no_grant");
    if (grant.status === "awaiting_consent") throw actingNotAllowed("grant_awaiting_consent");
    if (grant.status === "revoked") throw actingNotAllowed("grant_revoked");
    if (grant.status === "expired" || grant.expiresAt.getTime() <= now.getTime()) throw actingNotAllowed("grant_expired");
    if (stall.status !== "approved") throw actingNotAllowed("stall_not_approved");
    req.actingIdentity = { stall, actor: user, grant, scopes: grant.scopes };
    next();
  };
}

/** A route handler that carries the scope it declared, so a test can walk the router and find undeclared ones. */
export type ScopeHandler = RequestHandler & { stallScope: ScopeNeed };

/**
 * Declares what a `/api/seller/*` route needs and lets through only who may: `r.post(path, scope("catalog"), …)`.
 * The owner may do everything; a helper needs the scope in their grant, and never passes an `"owner-only"` route.
 */
export function scope(need: ScopeNeed): ScopeHandler {
  const handler: RequestHandler = (req, _res, next) => {
    const who = req.actingIdentity;
    if (!who) throw new AppError("internal", "scope() used outside /api/seller");
    if (who.grant) {
      if (need === "owner-only") throw actingNotAllowed("owner_only");
      if (!who.scopes.includes(need)) throw actingNotAllowed("scope_missing");
    }
    const route = `${req.method} ${(req.route as { path?: string } | undefined)?.path ?? req.path}`;
    req.acting = {
      ...who,
      route,
      audit: async (m, change) => {
        if (!who.grant) return;
        await m.query(
          `INSERT INTO stall_audit (stall_id, actor_id, grant_id, route, target_id, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            who.stall.id,
            who.actor.id,
            who.grant.id,
            route,
            change.targetId,
            change.before && JSON.stringify(change.before),
            change.after && JSON.stringify(change.after),
          ],
        );
      },
    };
    next();
  };
  return Object.assign(handler, { stallScope: need });
}

/** The acting context of a seller route; a route that declared no scope has none (a programming error, 500). */
export function actingStall(req: Request): ActingStall {
  if (!req.acting) throw new AppError("internal", "This seller route declares no scope");
  return req.acting;
}

/** The fields of `after` that differ from `before`, as the audit's before/after pair. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Pick<AuditChange, "before" | "after"> {
  const keys = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, after[k] ?? null])),
  };
}

/**
 * On `/api/me/*` (the owner's account, the stall itself, its grants and logo): nobody acts for anyone there, so a
 * request carrying `X-Acting-For-Stall` is refused (403 `owner_only`) instead of quietly running as the helper.
 */
export const refuseActingOnOwnerRoutes: RequestHandler = (req, _res, next) => {
  if (req.get(ACTING_FOR_STALL_HEADER) !== undefined) throw actingNotAllowed("owner_only");
  next();
};
