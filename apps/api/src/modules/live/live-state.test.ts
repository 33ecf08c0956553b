import { LIVE_SESSION_STATUSES } from "@chophien/contracts";
import { LIVE_MOVES, nextLiveStatus, type LiveMove } from "./live-state";

describe("the live session state machine", () => {
  const legal: [string, LiveMove, string][] = [
    ["scheduled", "start", "live"],
    ["live", "end", "ended"],
    ["scheduled", "cancel", "cancelled"],
  ];
  it.each(legal)("%s --%s--> %s", (from, move, to) => {
    expect(nextLiveStatus(from as never, move)).toBe(to);
  });

  it("refuses every other move", () => {
    for (const from of LIVE_SESSION_STATUSES)
      for (const move of Object.keys(LIVE_MOVES) as LiveMove[])
        if (!legal.some(([f, m]) => f === from && m === move))
          expect([from, move, nextLiveStatus(from, move)]).toEqual([from, move, undefined]);
  });
});
