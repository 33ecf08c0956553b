import type { StallStatus } from "@chophien/contracts";
import type { StallAction } from "./stall-decision.entity";

/** The stall application state machine: which admin action moves which status where. */
const TRANSITIONS: Record<StallAction, { from: readonly StallStatus[]; to: StallStatus; needsReason: boolean }> = {
  approve: { from: ["pending"], to: "approved", needsReason: false },
  reject: { from: ["pending"], to: "rejected", needsReason: true },
  suspend: { from: ["approved"], to: "suspended", needsReason: true },
  reinstate: { from: ["suspended"], to: "approved", needsReason: false },
};

/** The status an action leads to from `current`, or undefined when the action is not allowed there. */
export function nextStallStatus(current: StallStatus, action: StallAction): StallStatus | undefined {
  const t = TRANSITIONS[action];
  return t.from.includes(current) ? t.to : undefined;
}

/** Whether the admin must give a reason (the applicant sees it). */
export const actionNeedsReason = (action: StallAction) => TRANSITIONS[action].needsReason;

/** An owner editing a rejected application sends it back to the queue. */
export const statusAfterOwnerEdit = (current: StallStatus): StallStatus => (current === "rejected" ? "pending" : current);
