import type { EntityManager } from "typeorm";
import type { PaymentMethod } from "@chophien/contracts";
import { AppError, type ErrorDetail } from "../../../http/errors";
import { commissionOf } from "../shipping";
import { allocate } from "./allocation";

/** A change a step makes to a line or a stall's part, đồng (negative: a discount). */
export interface Adjustment {
  /** The step that made it (`live-offer`, `vouchers`, …). */
  step: string;
  amount: number;
  /** What the shopper reads (a voucher code, an offer's name). */
  label: string;
}

/** One product line being priced, from the stock reservation on. */
export interface PricedLine {
  productId: string;
  name: string;
  unit: string;
  quantity: number;
  /** đồng, the product's price when its stock was reserved. */
  catalogPrice: number;
  /** đồng, the price the shopper last saw (the cart line's accepted price); null when not known (direct `items`). */
  shownPrice: number | null;
  /** đồng per unit the buyer pays before adjustments (the catalogue step sets it; a live offer may lower it). */
  unitPrice: number;
  adjustments: Adjustment[];
}

/** One stall's part of the order: its lines, its own adjustments (a stall voucher) and its parcel's fee. */
export interface StallGroup {
  stallId: string;
  /** The stall's province slug (where its parcel leaves from). */
  province: string;
  /** The commission rate that applies (the stall's own, else the platform's). */
  commissionRateBps: number;
  lines: PricedLine[];
  adjustments: Adjustment[];
  /** đồng, set by the shipping step. */
  shippingFee: number;
}

/** Everything the steps read and write, inside the checkout transaction. */
export interface Pricing {
  buyerId: string;
  paymentMethod: PaymentMethod;
  /** The destination province slug. */
  destination: string;
  /** đồng, the total the shopper accepted (`expectedTotal`), if sent. */
  expectedTotal: number | undefined;
  /** Lines grouped by stall, in the order stalls were found. */
  groups: StallGroup[];
  /** Why the order cannot be placed as asked; any refusal after a step ends checkout with 409. */
  refusals: ErrorDetail[];
}

/** The priced order: per stall and per item, exact to the đồng. */
export interface PricedOrder {
  parts: {
    group: StallGroup;
    /** Each line with its total after its own and its share of the stall's adjustments. */
    items: { line: PricedLine; lineTotal: number }[];
    subtotal: number;
    shippingFee: number;
    commission: number;
  }[];
  subtotal: number;
  shippingTotal: number;
  grandTotal: number;
}

/**
 * One pricing step: reads and adjusts the lines grouped by stall (through the checkout transaction's manager)
 * and may refuse; `settle` runs once every step has applied, with the totals (to compare with what the shopper saw).
 */
export interface PricingStep {
  name: string;
  apply(m: EntityManager, pricing: Pricing): Promise<void> | void;
  settle?(m: EntityManager, pricing: Pricing, order: PricedOrder): Promise<void> | void;
}

const sum = (xs: readonly { amount: number }[]) => xs.reduce((s, x) => s + x.amount, 0);

/** A line's goods after its own adjustments, đồng. */
export const goodsOf = (l: PricedLine) => l.unitPrice * l.quantity + sum(l.adjustments);

/** A stall's goods after its lines' and its own adjustments, đồng. */
export const groupGoods = (g: StallGroup) => g.lines.reduce((s, l) => s + goodsOf(l), 0) + sum(g.adjustments);

/**
 * The totals of the priced lines: a stall's own adjustments are allocated over its items (largest remainder), so
 * items, stall orders and the order agree to the đồng; commission is on the stall's goods.
 */
export function totalsOf(pricing: Pricing): PricedOrder {
  const parts = pricing.groups.map((group) => {
    const goods = group.lines.map(goodsOf);
    const discount = -sum(group.adjustments);
    const shares = discount > 0 ? allocate(discount, goods) : goods.map(() => 0);
    if (discount < 0) throw new AppError("internal", "A stall adjustment must not raise the price");
    const items = group.lines.map((line, i) => ({ line, lineTotal: goods[i]! - shares[i]! }));
    const subtotal = items.reduce((s, x) => s + x.lineTotal, 0);
    return {
      group,
      items,
      subtotal,
      shippingFee: group.shippingFee,
      commission: commissionOf(subtotal, group.commissionRateBps),
    };
  });
  const subtotal = parts.reduce((s, p) => s + p.subtotal, 0);
  const shippingTotal = parts.reduce((s, p) => s + p.shippingFee, 0);
  return { parts, subtotal, shippingTotal, grandTotal: subtotal + shippingTotal };
}

/**
 * The reserved lines grouped by stall, at their catalogue price, with the price each cart line was last shown at
 * (`shown`: the cart's lines; empty when buying `items` directly) and each stall's commission rate.
 */
export function groupByStall(
  reserved: readonly { id: string; name: string; unit: string; price: number; stall_id: string; quantity: number }[],
  stalls: readonly { id: string; province: string; commission_rate_bps: number | null }[],
  shown: readonly { productId: string; addedPrice: number }[],
  defaultCommissionBps: number,
): StallGroup[] {
  const shownPrice = new Map(shown.map((l) => [l.productId, l.addedPrice]));
  return stalls.map((s) => ({
    stallId: s.id,
    province: s.province,
    commissionRateBps: s.commission_rate_bps ?? defaultCommissionBps,
    adjustments: [],
    shippingFee: 0,
    lines: reserved
      .filter((r) => r.stall_id === s.id)
      .map((r) => ({
        productId: r.id,
        name: r.name,
        unit: r.unit,
        quantity: r.quantity,
        catalogPrice: r.price,
        shownPrice: shownPrice.get(r.id) ?? null,
        unitPrice: r.price,
        adjustments: [],
      })),
  }));
}

/** Runs the steps in order (each may refuse: 409 with every reason), then lets them settle against the totals. */
export async function runPricing(m: EntityManager, steps: readonly PricingStep[], pricing: Pricing): Promise<PricedOrder> {
  for (const step of steps) {
    await step.apply(m, pricing);
    if (pricing.refusals.length) throw AppError.conflict(pricing.refusals.map((r) => r.message).join("; "), pricing.refusals);
  }
  const order = totalsOf(pricing);
  for (const step of steps) await step.settle?.(m, pricing, order);
  return order;
}
