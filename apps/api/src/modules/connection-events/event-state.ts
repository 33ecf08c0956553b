import type { EventStatus } from "@chophien/contracts";

export type EventMove = "publish" | "cancel" | "edit";

/**
 * A connection event's life as data: draft → published (the public sees it) | cancelled; published → cancelled.
 * An edit keeps the status and is allowed until it is cancelled.
 */
export const EVENT_MOVES: Record<EventMove, { from: readonly EventStatus[]; to: EventStatus | "same" }> = {
  publish: { from: ["draft"], to: "published" },
  cancel: { from: ["draft", "published"], to: "cancelled" },
  edit: { from: ["draft", "published"], to: "same" },
};

/** Where `move` takes an event in `from`, or undefined when it is not allowed (409). */
export const nextEventStatus = (from: EventStatus, move: EventMove): EventStatus | undefined => {
  const { from: allowed, to } = EVENT_MOVES[move];
  if (!allowed.includes(from)) return undefined;
  return to === "same" ? from : to;
};
