import type { OfferStatus } from "@chophien/contracts";

export type OfferMove = "shortlist" | "award" | "decline" | "withdraw";

/**
 * An offer's life as data: open → shortlisted → awarded; open | shortlisted → declined (the buyer, with a reason)
 * | withdrawn (the stall). Counter rounds keep the status (see COUNTERABLE).
 */
export const OFFER_MOVES: Record<OfferMove, { from: readonly OfferStatus[]; to: OfferStatus }> = {
  shortlist: { from: ["open"], to: "shortlisted" },
  award: { from: ["shortlisted"], to: "awarded" },
  decline: { from: ["open", "shortlisted"], to: "declined" },
  withdraw: { from: ["open", "shortlisted"], to: "withdrawn" },
};

/** Where `move` takes an offer in `from`, or undefined when it is not allowed (409). */
export const nextOfferStatus = (from: OfferStatus, move: OfferMove): OfferStatus | undefined =>
  OFFER_MOVES[move].from.includes(from) ? OFFER_MOVES[move].to : undefined;

/** An offer still being negotiated: either side may add a counter round. */
export const COUNTERABLE: readonly OfferStatus[] = ["open", "shortlisted"];
