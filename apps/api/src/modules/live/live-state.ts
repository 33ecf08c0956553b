import type { LiveSessionStatus } from "@chophien/contracts";

export type LiveMove = "start" | "end" | "cancel";

/** The session's state machine as data: scheduled → live → ended, scheduled → cancelled. */
export const LIVE_MOVES: Record<LiveMove, { from: readonly LiveSessionStatus[]; to: LiveSessionStatus }> = {
  start: { from: ["scheduled"], to: "live" },
  end: { from: ["live"], to: "ended" },
  cancel: { from: ["scheduled"], to: "cancelled" },
};

/** Where `move` takes a session in `from`, or undefined when it is not allowed (409). */
export const nextLiveStatus = (from: LiveSessionStatus, move: LiveMove): LiveSessionStatus | undefined =>
  LIVE_MOVES[move].from.includes(from) ? LIVE_MOVES[move].to : undefined;
