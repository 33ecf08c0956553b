import { formatVnd } from "@chophien/contracts";
import { AppError } from "../../../http/errors";
import type { PricedOrder, Pricing, PricingStep } from "./pricing";

/**
 * The first step: every line costs the catalogue price its stock was reserved at — and the shopper must have seen
 * it. When a line's price rose above the one last shown to the shopper (the cart line's accepted price), or the
 * total is above the `expectedTotal` they sent, checkout answers 409 `price_changed` with the new lines and
 * total, unless `expectedTotal` equals the new total (they saw it and said yes). Falling prices go through.
 */
export const catalogPriceStep: PricingStep = {
  name: "catalog-price",
  apply(_m, pricing) {
    for (const g of pricing.groups) for (const l of g.lines) l.unitPrice = l.catalogPrice;
  },
  settle(_m, pricing, order) {
    const risen = risenLines(pricing);
    const expected = pricing.expectedTotal;
    if (expected === order.grandTotal) return;
    if (!risen.length && (expected === undefined || order.grandTotal < expected)) return;
    throw priceChanged(risen, order);
  },
};

function risenLines(pricing: Pricing) {
  return pricing.groups.flatMap((g) =>
    g.lines
      .filter((l) => l.shownPrice !== null && l.catalogPrice > l.shownPrice)
      .map((l) => ({
        productId: l.productId,
        name: l.name,
        quantity: l.quantity,
        shownPrice: l.shownPrice!,
        unitPrice: l.catalogPrice,
      })),
  );
}

function priceChanged(lines: ReturnType<typeof risenLines>, order: PricedOrder): AppError {
  return new AppError(
    "price_changed",
    `Prices changed since you saw them: the order now costs ${formatVnd(order.grandTotal)}; send expectedTotal to accept`,
    lines.map((l) => ({
      path: `product.${l.productId}`,
      message: `"${l.name}" now costs ${formatVnd(l.unitPrice)} (was ${formatVnd(l.shownPrice)})`,
    })),
    undefined,
    { priceChange: { lines, grandTotal: order.grandTotal } },
  );
}
