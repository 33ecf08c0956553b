import { ApiError } from "@chophien/web";

/** What the buyer was doing when the API refused. */
export type DemandAction = "post" | "register" | "shortlist" | "counter" | "award" | "decline" | "close";

/**
 * The text key explaining a refusal in the buyer's words, by HTTP status and what was being done (the API's
 * message is English and for developers; the status and code are what a screen branches on).
 */
export function demandErrorKey(error: unknown, action: DemandAction): string {
  if (!(error instanceof ApiError)) return "error.body";
  switch (error.status) {
    case 400:
      return "demands.errors.invalid";
    case 403:
      return action === "post" ? "demands.errors.notVerified" : "demands.errors.forbidden";
    case 404:
      return "demands.errors.notFound";
    case 409:
      return action === "register" ? "organisation.errors.conflict" : "demands.errors.conflict";
    case 422:
      return action === "counter"
        ? "demands.errors.noRounds"
        : action === "award"
          ? "demands.errors.overCap"
          : "demands.errors.unprocessable";
    case 429:
      return "demands.errors.rateLimited";
    default:
      return "error.body";
  }
}

/** A refusal of turning an award into orders, in the buyer's words (by status and the contract's code). */
export function awardOrdersErrorKey(error: unknown): string {
  if (!(error instanceof ApiError)) return "error.body";
  if (error.status === 409) return "demands.orders.errors.conflict";
  if (error.status === 422)
    return error.code === "payment_amount_out_of_range" ? "demands.orders.errors.amount" : "demands.orders.errors.noProduct";
  if (error.status === 403) return "demands.errors.forbidden";
  if (error.status === 400) return "demands.errors.invalid";
  return "error.body";
}
