import type { OrganisationStatus } from "@chophien/contracts";

export type OrganisationMove = "verify" | "reject";

/** An organisation's checks as data: move → the states it may leave from, and where it goes. */
export const ORGANISATION_MOVES: Record<OrganisationMove, { from: readonly OrganisationStatus[]; to: OrganisationStatus }> = {
  verify: { from: ["pending"], to: "verified" },
  reject: { from: ["pending"], to: "rejected" },
};

export const canMoveOrganisation = (from: OrganisationStatus, move: OrganisationMove) =>
  ORGANISATION_MOVES[move].from.includes(from);
