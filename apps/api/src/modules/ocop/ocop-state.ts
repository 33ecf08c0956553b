import type { OcopCertificateStatus } from "@chophien/contracts";

export type OcopMove = "verify" | "reject" | "revoke" | "supersede" | "expire";

/** The certificate's state machine as data: move → the states it may leave from, and where it goes. */
export const OCOP_MOVES: Record<OcopMove, { from: readonly OcopCertificateStatus[]; to: OcopCertificateStatus }> = {
  verify: { from: ["submitted"], to: "verified" },
  reject: { from: ["submitted"], to: "rejected" },
  revoke: { from: ["verified"], to: "revoked" },
  supersede: { from: ["verified"], to: "superseded" },
  expire: { from: ["verified"], to: "expired" },
};

export const canMove = (from: OcopCertificateStatus, move: OcopMove) => OCOP_MOVES[move].from.includes(from);
