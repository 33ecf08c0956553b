import type { DemandStatus } from "@chophien/contracts";

export type DemandMove = "close" | "award" | "expire" | "fulfil" | "cancel";

/**
 * A demand's life as data: open → closed (the buyer stops it) | awarded (a first award; more offers may still be
 * awarded) | expired (at respondBy, by the job); awarded → fulfilled | cancelled.
 */
export const DEMAND_MOVES: Record<DemandMove, { from: readonly DemandStatus[]; to: DemandStatus }> = {
  close: { from: ["open"], to: "closed" },
  award: { from: ["open", "awarded"], to: "awarded" },
  expire: { from: ["open"], to: "expired" },
  fulfil: { from: ["awarded"], to: "fulfilled" },
  cancel: { from: ["awarded"], to: "cancelled" },
};

/** Where `move` takes a demand in `from`, or undefined when it is not allowed (409). */
export const nextDemandStatus = (from: DemandStatus, move: DemandMove): DemandStatus | undefined =>
  DEMAND_MOVES[move].from.includes(from) ? DEMAND_MOVES[move].to : undefined;

/** Offers may be shortlisted, countered, awarded or declined while the demand is in one of these. */
export const DEMAND_NEGOTIABLE: readonly DemandStatus[] = ["open", "awarded"];
