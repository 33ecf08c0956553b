import { DEMAND_STATUSES, OFFER_STATUSES } from "@chophien/contracts";
import { DEMAND_MOVES, type DemandMove, nextDemandStatus } from "./demand-state";
import { nextOfferStatus, OFFER_MOVES, type OfferMove } from "./offer-state";

describe("the demand state machine", () => {
  const legal: [string, DemandMove, string][] = [
    ["open", "close", "closed"],
    ["open", "award", "awarded"],
    ["awarded", "award", "awarded"],
    ["open", "expire", "expired"],
    ["awarded", "fulfil", "fulfilled"],
    ["awarded", "cancel", "cancelled"],
  ];
  it.each(legal)("%s --%s--> %s", (from, move, to) => {
    expect(nextDemandStatus(from as never, move)).toBe(to);
  });

  it("refuses every other move", () => {
    for (const from of DEMAND_STATUSES)
      for (const move of Object.keys(DEMAND_MOVES) as DemandMove[])
        if (!legal.some(([f, m]) => f === from && m === move))
          expect([from, move, nextDemandStatus(from, move)]).toEqual([from, move, undefined]);
  });
});

describe("the offer state machine", () => {
  const legal: [string, OfferMove, string][] = [
    ["open", "shortlist", "shortlisted"],
    ["shortlisted", "award", "awarded"],
    ["open", "decline", "declined"],
    ["shortlisted", "decline", "declined"],
    ["open", "withdraw", "withdrawn"],
    ["shortlisted", "withdraw", "withdrawn"],
  ];
  it.each(legal)("%s --%s--> %s", (from, move, to) => {
    expect(nextOfferStatus(from as never, move)).toBe(to);
  });

  it("refuses every other move", () => {
    for (const from of OFFER_STATUSES)
      for (const move of Object.keys(OFFER_MOVES) as OfferMove[])
        if (!legal.some(([f, m]) => f === from && m === move))
          expect([from, move, nextOfferStatus(from, move)]).toEqual([from, move, undefined]);
  });
});
