import { EVENT_STATUSES } from "@chophien/contracts";
import { EVENT_MOVES, type EventMove, nextEventStatus } from "./event-state";

describe("the connection event state machine", () => {
  const legal: [string, EventMove, string][] = [
    ["draft", "publish", "published"],
    ["draft", "cancel", "cancelled"],
    ["published", "cancel", "cancelled"],
    ["draft", "edit", "draft"],
    ["published", "edit", "published"],
  ];
  it.each(legal)("%s --%s--> %s", (from, move, to) => {
    expect(nextEventStatus(from as never, move)).toBe(to);
  });

  it("refuses every other move", () => {
    for (const from of EVENT_STATUSES)
      for (const move of Object.keys(EVENT_MOVES) as EventMove[])
        if (!legal.some(([f, m]) => f === from && m === move))
          expect([from, move, nextEventStatus(from, move)]).toEqual([from, move, undefined]);
  });
});
