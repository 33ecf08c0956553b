import { z } from "zod";

/** What a helper may do for a stall under a grant; each `/api/seller/*` route needs one (or is owner-only). */
export const STALL_SCOPES = ["catalog", "orders", "reviews", "live", "certificates", "profile"] as const;
export const StallScope = z.enum(STALL_SCOPES).meta({ id: "StallScope" });
export type StallScope = z.infer<typeof StallScope>;

/** A grant's life: the owner consents, then it is active until revoked or past its expiry. */
export const STALL_GRANT_STATUSES = ["awaiting_consent", "active", "revoked", "expired"] as const;
export const StallGrantStatus = z.enum(STALL_GRANT_STATUSES).meta({ id: "StallGrantStatus" });
export type StallGrantStatus = z.infer<typeof StallGrantStatus>;

/** The header a helper sends on `/api/seller/*` to act for a stall (its id). */
export const ACTING_FOR_STALL_HEADER = "X-Acting-For-Stall";

/**
 * Why a request acting for a stall was refused (403 `acting_not_allowed`, in `error.reason`), so the console can
 * explain it: no grant, one still awaiting the owner's consent, expired, revoked, one without the route's scope,
 * a route only the owner may use (money, grants, the stall itself, the owner's account), or a stall not approved.
 */
export const ACTING_REFUSALS = [
  "no_grant",
  "grant_awaiting_consent",
  "grant_expired",
  "grant_revoked",
  "scope_missing",
  "owner_only",
  "stall_not_approved",
] as const;
export type ActingRefusal = (typeof ACTING_REFUSALS)[number];
