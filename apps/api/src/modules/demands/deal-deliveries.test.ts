import { dealDeliveries } from "./deal-deliveries";

const d = (from: string, to: string, quantity: number) => ({ from, to, quantity });
const months = [d("2027-01-01", "2027-01-31", 2000), d("2027-02-01", "2027-02-28", 2000), d("2027-03-01", "2027-03-31", 2000)];
const sum = (xs: { quantity: number }[]) => xs.reduce((s, x) => s + x.quantity, 0);

describe("an award's deliveries", () => {
  it("is one delivery of the whole award when neither side gave a schedule", () => {
    expect(dealDeliveries(700, [], [])).toEqual([{ no: 1, of: 1, from: null, to: null, quantity: 700 }]);
  });

  it("follows the demand's schedule, in proportion, when the offer has none", () => {
    expect(dealDeliveries(3000, [], months)).toEqual([
      { no: 1, of: 3, from: "2027-01-01", to: "2027-01-31", quantity: 1000 },
      { no: 2, of: 3, from: "2027-02-01", to: "2027-02-28", quantity: 1000 },
      { no: 3, of: 3, from: "2027-03-01", to: "2027-03-31", quantity: 1000 },
    ]);
  });

  it("prefers the offer's own schedule", () => {
    const own = [d("2027-01-10", "2027-01-20", 300), d("2027-02-10", "2027-02-20", 100)];
    expect(dealDeliveries(400, own, months).map((x) => [x.from, x.quantity])).toEqual([
      ["2027-01-10", 300],
      ["2027-02-10", 100],
    ]);
  });

  it("adds up to the award exactly, the remainders going to the largest fractions (ties to the earlier)", () => {
    const shares = dealDeliveries(1000, [], months);
    expect(shares.map((s) => s.quantity)).toEqual([334, 333, 333]);
    expect(sum(shares)).toBe(1000);
    const uneven = dealDeliveries(10, [d("2027-01-01", "2027-01-02", 1), d("2027-01-03", "2027-01-04", 2)], []);
    expect(uneven.map((s) => s.quantity)).toEqual([3, 7]);
    for (const awarded of [1, 7, 99, 1234, 5999, 6600])
      for (const schedule of [
        months,
        [d("2027-01-01", "2027-01-02", 1), d("2027-01-03", "2027-01-04", 5), d("2027-01-05", "2027-01-06", 11)],
      ])
        expect(sum(dealDeliveries(awarded, [], schedule))).toBe(awarded);
  });

  it("leaves out a delivery that would carry nothing and numbers the rest", () => {
    expect(dealDeliveries(1, [], months)).toEqual([{ no: 1, of: 1, from: "2027-01-01", to: "2027-01-31", quantity: 1 }]);
    expect(dealDeliveries(2, [], months).map((s) => [s.no, s.of, s.from])).toEqual([
      [1, 2, "2027-01-01"],
      [2, 2, "2027-02-01"],
    ]);
  });
});
