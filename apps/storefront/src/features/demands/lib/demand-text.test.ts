import { awardCap, awardMax, awardRoom, countersLeft, formatCount, formatDay, timeLeft } from "./demand-text";
import { demandErrorKey } from "./error-text";
import { ApiError } from "@chophien/web";
import vi from "@/locales/vi.json";
import en from "@/locales/en.json";

const NOW = Date.parse("2026-06-15T10:00:00+07:00");
const round = (n: number) => ({ round: n, by: "stall" as const, unitPrice: 1, quantity: 1, message: "", createdAt: "" });

describe("time left to answer a demand", () => {
  it("counts whole days from a day on, rounded down", () => {
    expect(timeLeft("2026-06-20T17:00:00+07:00", NOW)).toEqual({ unit: "days", count: 5 });
    expect(timeLeft("2026-06-16T10:00:00+07:00", NOW)).toEqual({ unit: "days", count: 1 });
  });
  it("counts hours under a day, rounded up, and nothing once past", () => {
    expect(timeLeft("2026-06-16T09:59:00+07:00", NOW)).toEqual({ unit: "hours", count: 24 });
    expect(timeLeft("2026-06-15T10:01:00+07:00", NOW)).toEqual({ unit: "hours", count: 1 });
    expect(timeLeft("2026-06-15T10:00:00+07:00", NOW)).toBeNull();
    expect(timeLeft("2026-06-14T10:00:00+07:00", NOW)).toBeNull();
  });
});

describe("the award cap", () => {
  const demand = { quantity: 1000, tolerancePct: 5, awardedQuantity: 0 };
  it("is the quantity and its tolerance, rounded down as the API does", () => {
    expect(awardCap(demand)).toBe(1050);
    expect(awardCap({ quantity: 7, tolerancePct: 10 })).toBe(7);
    expect(awardCap({ quantity: 999, tolerancePct: 50 })).toBe(1498);
  });
  it("leaves what earlier awards have not taken, never less than zero", () => {
    expect(awardRoom({ ...demand, awardedQuantity: 600 })).toBe(450);
    expect(awardRoom({ ...demand, awardedQuantity: 1050 })).toBe(0);
    expect(awardMax({ ...demand, awardedQuantity: 600 }, { quantity: 800 })).toBe(450);
    expect(awardMax(demand, { quantity: 800 })).toBe(800);
  });
});

describe("counter rounds", () => {
  it("round 1 is the stall's offer; five counters at most", () => {
    expect(countersLeft({ rounds: [round(1)] })).toBe(5);
    expect(countersLeft({ rounds: [1, 2, 3].map(round) })).toBe(3);
    expect(countersLeft({ rounds: [1, 2, 3, 4, 5, 6].map(round) })).toBe(0);
    expect(countersLeft({ rounds: [1, 2, 3, 4, 5, 6, 7].map(round) })).toBe(0);
  });
});

describe("numbers and days", () => {
  it("groups digits the Vietnamese way and writes days day first", () => {
    expect(formatCount(12_500)).toBe("12.500");
    expect(formatCount(7)).toBe("7");
    expect(formatDay("2026-06-20")).toBe("20/06/2026");
  });
});

describe("the API's refusals in the buyer's words", () => {
  const err = (status: number) => new ApiError(status, { code: "x", message: "English for developers" });
  const lookup = (tree: unknown, key: string) =>
    key.split(".").reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], tree);
  it("branches on the status and what was being done", () => {
    expect(demandErrorKey(err(422), "award")).toBe("demands.errors.overCap");
    expect(demandErrorKey(err(422), "counter")).toBe("demands.errors.noRounds");
    expect(demandErrorKey(err(409), "shortlist")).toBe("demands.errors.conflict");
    expect(demandErrorKey(err(409), "register")).toBe("organisation.errors.conflict");
    expect(demandErrorKey(err(403), "post")).toBe("demands.errors.notVerified");
    expect(demandErrorKey(new Error("offline"), "award")).toBe("error.body");
  });
  it("names only texts both languages have", () => {
    const keys = (["post", "register", "shortlist", "counter", "award", "decline", "close"] as const).flatMap((a) =>
      [400, 403, 404, 409, 422, 429, 500].map((s) => demandErrorKey(err(s), a)),
    );
    for (const key of new Set(keys)) {
      expect([key, typeof lookup(vi, key)]).toEqual([key, "string"]);
      expect([key, typeof lookup(en, key)]).toEqual([key, "string"]);
    }
  });
});
