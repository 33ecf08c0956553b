import { groupByStall, type Pricing, totalsOf } from "./pricing";
import { allocate, allocateOverOrder } from "./allocation";

/** A small deterministic generator, so a failing case can be replayed from its seed. */
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

describe("voucher discounts over stall orders and items (property)", () => {
  it("item discounts add up to the order's discount, and no item goes below zero, for 500 random orders", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const r = rng(seed);
      const stalls = Array.from({ length: 1 + r(4) }, (_, i) => ({ id: `s${i}`, province: "ha-noi", commission_rate_bps: 500 }));
      const reserved = stalls.flatMap((s) =>
        Array.from({ length: 1 + r(5) }, (_, j) => ({
          id: `${s.id}-p${j}`,
          name: "x",
          unit: "gói",
          price: 1 + r(300_000),
          stall_id: s.id,
          quantity: 1 + r(5),
        })),
      );
      const pricing: Pricing = {
        buyerId: "b",
        paymentMethod: "cod",
        destination: "ha-noi",
        expectedTotal: undefined,
        refusals: [],
        groups: groupByStall(reserved, stalls, [], 500),
      };
      // A stall voucher on the first stall, then a market voucher over everything left (as the vouchers step does).
      const first = pricing.groups[0]!;
      const firstGoods = first.lines.map((l) => l.unitPrice * l.quantity);
      const stallOff = Math.min(
        r(200_000),
        firstGoods.reduce((s, x) => s + x, 0),
      );
      allocate(stallOff, firstGoods).forEach((d, i) => {
        if (d) first.lines[i]!.adjustments.push({ step: "vouchers", amount: -d, label: "STALL", fundedBy: "stall" });
      });
      const left = pricing.groups.map((g) => ({
        lineTotals: g.lines.map((l) => l.unitPrice * l.quantity + l.adjustments.reduce((s, a) => s + a.amount, 0)),
      }));
      const all = left.reduce((s, p) => s + p.lineTotals.reduce((a, b) => a + b, 0), 0);
      const marketOff = Math.min(r(500_000), all);
      allocateOverOrder(marketOff, left).forEach((shares, p) =>
        shares.forEach((d, i) => {
          if (d)
            pricing.groups[p]!.lines[i]!.adjustments.push({
              step: "vouchers",
              amount: -d,
              label: "MARKET",
              fundedBy: "platform",
            });
        }),
      );

      const order = totalsOf(pricing);
      const items = order.parts.flatMap((p) => p.items);
      expect(items.reduce((s, i) => s + i.discount, 0)).toBe(stallOff + marketOff);
      expect(order.discountTotal).toBe(stallOff + marketOff);
      expect(order.discountsByLabel).toEqual({
        ...(stallOff ? { STALL: stallOff } : {}),
        ...(marketOff ? { MARKET: marketOff } : {}),
      });
      for (const i of items) {
        expect(i.lineTotal).toBeGreaterThanOrEqual(0);
        expect(i.lineTotal + i.discount).toBe(i.line.unitPrice * i.line.quantity);
      }
      for (const p of order.parts) expect(p.discount).toBe(p.items.reduce((s, i) => s + i.discount, 0));
      expect(order.parts.reduce((s, p) => s + p.platformDiscount, 0)).toBe(marketOff);
    }
  });
});
