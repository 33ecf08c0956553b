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
  /** Set on a discount (a voucher): who pays for it. The platform's share is not commissioned away from the stall. */
  fundedBy?: Funder;
}

/** Who funds a discount: the platform (its own vouchers) or the stall (its vouchers). */
export type Funder = "platform" | "stall";

/**
 * A free-shipping discount, recorded before the fees are known (the vouchers step runs before shipping): once the
 * shipping step has set each stall's fee, the totals take up to `cap` đồng (null: all of it) off the fees of
 * `stallIds`, split over them by fee.
 */
export interface ShippingDiscount {
  label: string;
  fundedBy: Funder;
  stallIds: string[];
  cap: number | null;
}

/** Why a voucher code does not apply (the shopper reads `message`). */
export type VoucherReason =
  "unknown" | "expired" | "not_started" | "paused" | "below_minimum" | "not_applicable" | "used_up" | "per_user_limit";

/** What became of one voucher code: applied (with the đồng it took off) or refused with a reason. */
export interface VoucherOutcome {
  code: string;
  status: "applied" | "refused";
  reason: VoucherReason | null;
  message: string;
  voucherId: string | null;
  owner: "platform" | "stall" | null;
  stallId: string | null;
  kind: "percent" | "fixed" | "free_shipping" | null;
  /** đồng, once the totals are made */
  discount: number;
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

/**
 * A purchase through a live session's offer (`modules/live`): its units come from the offer's held stock, not the
 * product's, and the `live-offer` step prices the line from the offer. `draftId`: confirming a draft from a
 * comment, whose units the draft already holds.
 */
export interface LivePurchase {
  sessionId: string;
  offerId: string;
  code: string;
  productId: string;
  draftId?: string;
}

/** Everything the steps read and write, inside the checkout transaction. */
export interface Pricing {
  /** Set when the order is bought live (one line, from an offer). */
  live?: LivePurchase;
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
  /** The voucher codes the shopper entered (any case). */
  voucherCodes?: readonly string[];
  /** The order being placed: vouchers are consumed for it (guarded, in the transaction). Absent: a preview. */
  orderId?: string;
  /** When the order is placed (voucher windows); the database's clock when absent. */
  now?: Date;
  /** Free-shipping discounts the vouchers step recorded, for the totals to take off the fees. */
  shippingDiscounts?: ShippingDiscount[];
  /** What became of each voucher code (the cart's preview shows it). */
  vouchers?: VoucherOutcome[];
  /** Each applied voucher's per-buyer limit (by voucher id), for the uses taken in `settle`. */
  voucherLimits?: Record<string, number>;
}

/** The priced order: per stall and per item, exact to the đồng. */
export interface PricedOrder {
  parts: {
    group: StallGroup;
    /** Each line with its total after its own and its share of the stall's adjustments, and the discount in it. */
    items: { line: PricedLine; lineTotal: number; discount: number }[];
    /** đồng, goods after discounts */
    subtotal: number;
    /** đồng, the fee after free-shipping discounts */
    shippingFee: number;
    /** đồng, every discount on this stall's part (goods and shipping) */
    discount: number;
    /** đồng of `discount` the platform funds */
    platformDiscount: number;
    commission: number;
  }[];
  subtotal: number;
  shippingTotal: number;
  discountTotal: number;
  grandTotal: number;
  /** đồng each discount label (a voucher code) took off in all */
  discountsByLabel: Record<string, number>;
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

const discounts = (xs: readonly Adjustment[]) => xs.filter((a) => a.fundedBy);
const fundedBy = (xs: readonly Adjustment[], who: Funder) => -sum(xs.filter((a) => a.fundedBy === who));

/**
 * Takes the free-shipping discounts off the fees set by the shipping step, in the order recorded (stalls' own
 * first): each takes up to its cap from what is left of its stalls' fees, split over them by fee (largest
 * remainder), so no fee goes below zero. Returns, per stall, the đồng taken off and the platform's part of it.
 */
function shippingOff(pricing: Pricing, byLabel: Record<string, number>) {
  const left = new Map(pricing.groups.map((g) => [g.stallId, g.shippingFee]));
  const off = new Map(pricing.groups.map((g) => [g.stallId, { total: 0, platform: 0 }]));
  for (const d of pricing.shippingDiscounts ?? []) {
    const ids = d.stallIds.filter((id) => left.has(id));
    const fees = ids.map((id) => left.get(id)!);
    const all = fees.reduce((s, x) => s + x, 0);
    const amount = Math.min(d.cap ?? all, all);
    const shares = allocate(amount, fees);
    ids.forEach((id, i) => {
      left.set(id, left.get(id)! - shares[i]!);
      const o = off.get(id)!;
      o.total += shares[i]!;
      if (d.fundedBy === "platform") o.platform += shares[i]!;
    });
    byLabel[d.label] = (byLabel[d.label] ?? 0) + amount;
  }
  return off;
}

/**
 * The totals of the priced lines: a stall's own adjustments are allocated over its items (largest remainder), so
 * items, stall orders and the order agree to the đồng; free-shipping discounts come off the fees. Commission is
 * on the stall's goods after the discounts it funds: the platform's own discounts are added back (docs/vouchers.md).
 */
export function totalsOf(pricing: Pricing): PricedOrder {
  const byLabel: Record<string, number> = {};
  const shipping = shippingOff(pricing, byLabel);
  const parts = pricing.groups.map((group) => {
    const goods = group.lines.map(goodsOf);
    const discount = -sum(group.adjustments);
    const shares = discount > 0 ? allocate(discount, goods) : goods.map(() => 0);
    if (discount < 0) throw new AppError("internal", "A stall adjustment must not raise the price");
    const items = group.lines.map((line, i) => ({
      line,
      lineTotal: goods[i]! - shares[i]!,
      discount: -sum(discounts(line.adjustments)) + (discounts(group.adjustments).length ? shares[i]! : 0),
    }));
    for (const a of [...group.adjustments, ...group.lines.flatMap((l) => l.adjustments)])
      if (a.fundedBy) byLabel[a.label] = (byLabel[a.label] ?? 0) - a.amount;
    const subtotal = items.reduce((s, x) => s + x.lineTotal, 0);
    const platformGoods =
      fundedBy(group.adjustments, "platform") + group.lines.reduce((s, l) => s + fundedBy(l.adjustments, "platform"), 0);
    const ship = shipping.get(group.stallId)!;
    return {
      group,
      items,
      subtotal,
      shippingFee: group.shippingFee - ship.total,
      discount: items.reduce((s, x) => s + x.discount, 0) + ship.total,
      platformDiscount: platformGoods + ship.platform,
      commission: commissionOf(subtotal + platformGoods, group.commissionRateBps),
    };
  });
  const subtotal = parts.reduce((s, p) => s + p.subtotal, 0);
  const shippingTotal = parts.reduce((s, p) => s + p.shippingFee, 0);
  const discountTotal = parts.reduce((s, p) => s + p.discount, 0);
  return { parts, subtotal, shippingTotal, discountTotal, grandTotal: subtotal + shippingTotal, discountsByLabel: byLabel };
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
