import type { EntityManager } from "typeorm";
import { AppError } from "../../../http/errors";
import { catalogPriceStep } from "./catalog-price.step";
import { liveOfferStep } from "./live-offer.step";
import { paymentMethodStep } from "./payment-method.step";
import { groupByStall, type Pricing, type PricingStep, runPricing } from "./pricing";
import { shippingStep } from "./shipping.step";
import { paymentLimits } from "../payment-limits";
import { checkoutSteps } from "./steps";

const CHECKOUT_STEPS = checkoutSteps(paymentLimits());
import { vouchersStep } from "./vouchers.step";

// These steps read nothing from the database; the runner hands them the checkout transaction's manager.
const m = {} as EntityManager;
const QT = { id: "s-qt", province: "quang-tri", commission_rate_bps: null };
const HN = { id: "s-hn", province: "ha-noi", commission_rate_bps: 300 };
const line = (id: string, stall: string, price: number, quantity: number) => ({
  id,
  name: `Sản phẩm ${id}`,
  unit: "gói",
  price,
  stall_id: stall,
  quantity,
});

/** Two stalls: coffee 2 × 150.000 (Quảng Trị), sauce 1 × 90.000 (Hà Nội); the cart showed the prices given. */
function pricing(over: Partial<Pricing> = {}, shown: { productId: string; addedPrice: number }[] = []): Pricing {
  return {
    buyerId: "buyer",
    paymentMethod: "cod",
    destination: "quang-tri",
    expectedTotal: undefined,
    refusals: [],
    groups: groupByStall([line("coffee", "s-qt", 150_000, 2), line("sauce", "s-hn", 90_000, 1)], [QT, HN], shown, 500),
    ...over,
  };
}

describe("the checkout pricing pipeline", () => {
  it("runs catalogue price → live offer → vouchers → shipping → payment method", () => {
    expect(CHECKOUT_STEPS.map((s) => s.name)).toEqual(["catalog-price", "live-offer", "vouchers", "shipping", "payment-method"]);
  });

  it("gives today's totals: catalogue prices, a fee per parcel, commission at the stall's or the platform's rate", async () => {
    const order = await runPricing(m, CHECKOUT_STEPS, pricing());
    expect(order).toMatchObject({ subtotal: 390_000, shippingTotal: 20_000 + 35_000, grandTotal: 445_000 });
    expect(order.parts.map((p) => [p.subtotal, p.shippingFee, p.commission])).toEqual([
      [300_000, 20_000, 15_000],
      [90_000, 35_000, 2_700],
    ]);
    expect(order.parts[0]!.items.map((i) => [i.line.unitPrice, i.lineTotal])).toEqual([[150_000, 300_000]]);
  });

  it("stops at the first step that refuses, with every reason", async () => {
    const seen: string[] = [];
    const refusing: PricingStep = {
      name: "refusing",
      apply: (_m, p) =>
        void p.refusals.push({ path: "product.coffee", message: "Offer ended" }, { path: "x", message: "Sold out" }),
    };
    const after: PricingStep = { name: "after", apply: () => void seen.push("after") };
    const err = await runPricing(m, [catalogPriceStep, refusing, after], pricing()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ status: 409, message: "Offer ended; Sold out" });
    expect(seen).toEqual([]);
  });

  it("allocates a stall's own adjustment over its items exactly, before the shipping rule looks at the goods", async () => {
    const p = pricing({}, []);
    p.groups[0]!.lines.push({ ...p.groups[0]!.lines[0]!, productId: "tea", catalogPrice: 100_001, unitPrice: 0, quantity: 1 });
    const stallVoucher: PricingStep = {
      name: "stall-voucher",
      apply: (_m, x) => void x.groups[0]!.adjustments.push({ step: "vouchers", amount: -10_001, label: "GIAM10" }),
    };
    const order = await runPricing(m, [catalogPriceStep, stallVoucher, shippingStep], p);
    const qt = order.parts[0]!;
    expect(qt.items.map((i) => i.lineTotal)).toEqual([300_000 - 7_501, 100_001 - 2_500]); // 7.500,73 and 2.500,27: the larger remainder takes the đồng
    expect(qt.subtotal).toBe(400_001 - 10_001);
    expect(qt.shippingFee).toBe(20_000); // 390.000 ₫ after the voucher: below the free-shipping line
  });
});

describe("catalog-price step", () => {
  it("prices every line at its reserved catalogue price", async () => {
    const p = pricing();
    for (const l of p.groups.flatMap((g) => g.lines)) l.unitPrice = 1;
    await catalogPriceStep.apply(m, p);
    expect(p.groups.flatMap((g) => g.lines.map((l) => l.unitPrice))).toEqual([150_000, 90_000]);
  });

  const risen = [
    { productId: "coffee", addedPrice: 140_000 },
    { productId: "sauce", addedPrice: 90_000 },
  ];
  // With shipping, so the total is the real one (445.000 ₫ with both parcels' fees).
  const settle = (p: Pricing) => runPricing(m, [catalogPriceStep, shippingStep], p).then(() => undefined);

  it("refuses a cart whose price rose since it was shown: 409 price_changed with the new lines and total", async () => {
    const err = await settle(pricing({}, risen)).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: "price_changed",
      status: 409,
      details: [{ path: "product.coffee", message: '"Sản phẩm coffee" now costs 150.000 ₫ (was 140.000 ₫)' }],
      extra: {
        priceChange: {
          lines: [{ productId: "coffee", name: "Sản phẩm coffee", quantity: 2, shownPrice: 140_000, unitPrice: 150_000 }],
          grandTotal: 445_000,
        },
      },
    });
  });

  it("lets it through when expectedTotal is the new total, and not when it is any other", async () => {
    await expect(settle(pricing({ expectedTotal: 445_000 }, risen))).resolves.toBeUndefined();
    await expect(settle(pricing({ expectedTotal: 425_000 }, risen))).rejects.toMatchObject({ code: "price_changed" });
    await expect(settle(pricing({ expectedTotal: 500_000 }, risen))).rejects.toMatchObject({ code: "price_changed" });
  });

  it("lets falling or unchanged prices through, and refuses a total above the one the shopper accepted", async () => {
    await expect(settle(pricing({}, [{ productId: "coffee", addedPrice: 170_000 }]))).resolves.toBeUndefined();
    await expect(settle(pricing())).resolves.toBeUndefined();
    await expect(settle(pricing({ expectedTotal: 500_000 }))).resolves.toBeUndefined();
    await expect(settle(pricing({ expectedTotal: 400_000 }))).rejects.toMatchObject({
      code: "price_changed",
      extra: { priceChange: { lines: [], grandTotal: 445_000 } },
    });
  });
});

describe("shipping step", () => {
  it("charges each parcel by the stall’s province, free from 500.000 ₫ of goods", async () => {
    const p = pricing({ destination: "ha-noi" });
    p.groups[0]!.lines[0]!.quantity = 4; // 600.000 ₫
    await shippingStep.apply(m, p);
    expect(p.groups.map((g) => g.shippingFee)).toEqual([0, 20_000]);
  });
});

describe("steps that wait for their features", () => {
  it.each([liveOfferStep, vouchersStep, paymentMethodStep(paymentLimits())])("$name changes nothing today", async (step) => {
    const p = pricing();
    await catalogPriceStep.apply(m, p);
    const before = JSON.stringify(p);
    await step.apply(m, p);
    expect(JSON.stringify(p)).toBe(before);
  });
});
