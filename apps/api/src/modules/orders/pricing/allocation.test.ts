import { allocate, allocateOverOrder } from "./allocation";

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (rnd: () => number, max: number) => Math.floor(rnd() * (max + 1));

describe("allocate (largest remainder)", () => {
  it("splits in proportion and gives the leftover đồng to the largest remainders, ties to the first", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(10_000, [120_000, 60_000, 20_000])).toEqual([6000, 3000, 1000]);
    expect(allocate(7, [2, 3])).toEqual([3, 4]); // 2.8 and 4.2: the larger remainder (.8) takes the đồng
    expect(allocate(0, [5, 0])).toEqual([0, 0]);
    expect(allocate(5, [0, 7])).toEqual([0, 5]);
  });

  it("refuses what cannot be split exactly", () => {
    expect(() => allocate(1, [0, 0])).toThrow(RangeError);
    expect(() => allocate(-1, [1])).toThrow(RangeError);
    expect(() => allocate(1.5, [1])).toThrow(RangeError);
    expect(() => allocate(1, [1.5])).toThrow(RangeError);
  });

  it("for random amounts: shares add up, never pass their weight, never go below zero, and repeat exactly", () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const rnd = random(seed);
      const weights = Array.from({ length: 1 + int(rnd, 12) }, () => (rnd() < 0.15 ? 0 : int(rnd, 5_000_000)));
      const total = weights.reduce((s, w) => s + w, 0);
      if (!total) continue;
      const amount = int(rnd, total);
      const shares = allocate(amount, weights);
      const ctx = `seed ${seed}: ${amount} over ${weights.join(",")} → ${shares.join(",")}`;
      expect([ctx, shares.reduce((s, x) => s + x, 0)]).toEqual([ctx, amount]);
      expect([ctx, shares.every((x, i) => Number.isInteger(x) && x >= 0 && x <= weights[i]!)]).toEqual([ctx, true]);
      // Each share is within one đồng of its exact proportion.
      expect([ctx, shares.every((x, i) => Math.abs(x - (amount * weights[i]!) / total) < 1)]).toEqual([ctx, true]);
      expect(allocate(amount, weights)).toEqual(shares);
    }
  });

  it("stays exact for amounts whose products pass 2^53", () => {
    const shares = allocate(9_000_000_000_000, [3_000_000_001, 3_000_000_000, 2_999_999_999]);
    expect(shares.reduce((s, x) => s + x, 0)).toBe(9_000_000_000_000);
  });
});

describe("allocateOverOrder", () => {
  it("splits over stall orders, then items, adding up to the đồng at both levels", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const rnd = random(seed * 7919);
      const parts = Array.from({ length: 1 + int(rnd, 4) }, () => ({
        lineTotals: Array.from({ length: 1 + int(rnd, 5) }, () => 1000 * (1 + int(rnd, 500))),
      }));
      const goods = parts.flatMap((p) => p.lineTotals).reduce((s, x) => s + x, 0);
      const amount = int(rnd, goods);
      const split = allocateOverOrder(amount, parts);
      expect(split.flat().reduce((s, x) => s + x, 0)).toBe(amount);
      split.forEach((items, i) => items.forEach((x, j) => expect(x).toBeLessThanOrEqual(parts[i]!.lineTotals[j]!)));
      expect(allocateOverOrder(amount, parts)).toEqual(split);
    }
  });
});
