import {
  type ApplicableVoucher,
  checkVouchers,
  consumeVoucher,
  normalizeCodes,
  voucherRefusal,
} from "../../vouchers/voucher-rules";
import { allocate, allocateOverOrder } from "./allocation";
import { goodsOf, type Funder, type Pricing, type PricingStep } from "./pricing";

/**
 * Vouchers: the rules (which voucher a code names, whether it applies) live in the vouchers module; this step only
 * applies them. Stall vouchers first, each over its stall's eligible lines; then the platform's over every eligible
 * line, split over stall orders then items (largest remainder), so a discount never takes a line below zero.
 * A free-shipping voucher is recorded for the totals to take off the fees the shipping step sets later.
 * Placing an order (`orderId` set): a refused code ends checkout (409, 422 when unknown), and once the totals are
 * known `settle` consumes each use with guarded UPDATEs in the checkout transaction. A preview consumes nothing.
 */
export const vouchersStep: PricingStep = {
  name: "vouchers",
  async apply(m, pricing) {
    const codes = normalizeCodes(pricing.voucherCodes ?? []);
    if (!codes.length) return;
    const { outcomes, applicable } = await checkVouchers(m, pricing, codes);
    pricing.vouchers = outcomes;
    const refused = outcomes.filter((o) => o.status === "refused");
    if (pricing.orderId && refused.length) throw voucherRefusal(refused);
    for (const a of applicable) applyVoucher(pricing, a);
  },
  async settle(m, pricing, order) {
    const outcomes = pricing.vouchers ?? [];
    for (const o of outcomes) if (o.status === "applied") o.discount = order.discountsByLabel[o.code] ?? 0;
    if (!pricing.orderId) return;
    const applied = outcomes
      .filter((o) => o.status === "applied" && o.voucherId)
      .sort((a, b) => (a.voucherId! < b.voucherId! ? -1 : 1));
    const limits = pricing.voucherLimits ?? {};
    for (const o of applied) {
      const why = await consumeVoucher(
        m,
        { id: o.voucherId!, per_user_limit: limits[o.voucherId!] ?? 1 },
        { userId: pricing.buyerId, orderId: pricing.orderId, discount: o.discount },
      );
      if (why)
        throw voucherRefusal([
          {
            ...o,
            status: "refused",
            reason: why,
            message:
              why === "used_up"
                ? `Voucher ${o.code} has just been used up`
                : `You have already used voucher ${o.code} as often as it allows`,
          },
        ]);
    }
  },
};

/** Puts one voucher's discount on the lines (or, free shipping, records it for the totals). */
function applyVoucher(pricing: Pricing, a: ApplicableVoucher): void {
  const v = a.voucher;
  const fundedBy: Funder = v.stall_id ? "stall" : "platform";
  (pricing.voucherLimits ??= {})[v.id] = v.per_user_limit;
  if (v.kind === "free_shipping") {
    const cap = v.value > 0 ? v.value : v.max_discount;
    (pricing.shippingDiscounts ??= []).push({
      label: v.code,
      fundedBy,
      stallIds: [...new Set(a.lines.map((x) => x.group.stallId))],
      cap: cap ?? null,
    });
    return;
  }
  const goods = a.lines.map((x) => goodsOf(x.line));
  const base = goods.reduce((s, x) => s + x, 0);
  let amount = v.kind === "percent" ? Math.floor((base * v.value) / 100) : v.value;
  if (v.max_discount !== null) amount = Math.min(amount, v.max_discount);
  amount = Math.max(0, Math.min(amount, base));
  if (!amount) return;
  let shares: number[];
  if (fundedBy === "stall") shares = allocate(amount, goods);
  else {
    // Stall orders first (by their eligible goods), then each one's items.
    const stalls = [...new Set(a.lines.map((x) => x.group.stallId))];
    const idx = stalls.map((s) => a.lines.flatMap((x, i) => (x.group.stallId === s ? [i] : [])));
    const split = allocateOverOrder(
      amount,
      idx.map((is) => ({ lineTotals: is.map((i) => goods[i]!) })),
    );
    shares = goods.map(() => 0);
    idx.forEach((is, p) => is.forEach((i, k) => (shares[i] = split[p]![k]!)));
  }
  a.lines.forEach((x, i) => {
    if (shares[i]) x.line.adjustments.push({ step: "vouchers", amount: -shares[i], label: v.code, fundedBy });
  });
}
