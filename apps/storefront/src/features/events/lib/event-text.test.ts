import { eventPhase, eventSpan } from "./event-text";

describe("when an event is, in GMT+7", () => {
  it("gives one day and both times when it starts and ends on the same Vietnamese day", () => {
    // 01:00Z is 08:00 in Hà Nội, 04:30Z is 11:30.
    expect(eventSpan("2026-05-20T01:00:00.000Z", "2026-05-20T04:30:00.000Z")).toBe("08:00 20/05/2026 – 11:30");
  });

  it("gives both ends in full across days, the Vietnamese day deciding (not UTC's)", () => {
    // 16:30Z on the 20th is already 23:30 that day; 17:30Z is 00:30 on the 21st in Vietnam.
    expect(eventSpan("2026-05-20T16:00:00.000Z", "2026-05-20T17:30:00.000Z")).toBe("23:00 20/05/2026 – 00:30 21/05/2026");
  });

  it("is upcoming before the start, live until the end, then past", () => {
    const e = { startsAt: "2026-05-20T01:00:00.000Z", endsAt: "2026-05-20T04:00:00.000Z" };
    expect(eventPhase(e, Date.parse("2026-05-20T00:59:59Z"))).toBe("upcoming");
    expect(eventPhase(e, Date.parse("2026-05-20T01:00:00Z"))).toBe("live");
    expect(eventPhase(e, Date.parse("2026-05-20T04:00:00Z"))).toBe("past");
  });
});
