import { ORDER_CODE_ALPHABET, ORDER_CODE_RANDOM_CHARS, newOrderCode } from "./order-code";

const CODE = /^CP-(\d{8})-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})$/;
const randomPart = (code: string) => code.slice("CP-YYYYMMDD-".length).replace("-", "");

describe("order codes", () => {
  it("carry the GMT+7 date and two groups of four unambiguous characters", () => {
    expect(newOrderCode(new Date("2026-11-28T18:00:00Z"))).toMatch(/^CP-20261129-/);
    const code = newOrderCode(new Date("2026-11-28T10:00:00Z"));
    expect(code).toMatch(CODE);
    expect(code.length).toBeLessThanOrEqual(24); // the column and the route's parameter
    expect(ORDER_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(ORDER_CODE_ALPHABET).size).toBe(32);
    expect(ORDER_CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it("hold at least 40 random bits, and the characters drawn really carry them", () => {
    const bitsPerChar = Math.log2(ORDER_CODE_ALPHABET.length);
    expect(ORDER_CODE_RANDOM_CHARS * bitsPerChar).toBeGreaterThanOrEqual(40);

    // Measured: the Shannon entropy of every position over 20,000 codes is within a hair of 5 bits.
    const n = 20_000;
    const codes = Array.from({ length: n }, () => newOrderCode(new Date()));
    const parts = codes.map(randomPart);
    expect(parts.every((p) => p.length === ORDER_CODE_RANDOM_CHARS)).toBe(true);
    let measured = 0;
    for (let pos = 0; pos < ORDER_CODE_RANDOM_CHARS; pos++) {
      const freq = new Map<string, number>();
      for (const p of parts) freq.set(p[pos]!, (freq.get(p[pos]!) ?? 0) + 1);
      expect(freq.size).toBe(32);
      const h = -[...freq.values()].reduce((s, c) => s + (c / n) * Math.log2(c / n), 0);
      expect(h).toBeGreaterThan(bitsPerChar - 0.01);
      measured += h;
    }
    expect(measured).toBeGreaterThanOrEqual(40 - 0.08);

    // Unique: 2,000 codes of one day (a clash among them has odds of about 1 in 550,000 with 40 bits; among all
    // 20,000 it would be 1 in 5,500 — too often for a test, and checkout retries a clash anyway).
    expect(new Set(codes.slice(0, 2_000)).size).toBe(2_000);
  });
});
