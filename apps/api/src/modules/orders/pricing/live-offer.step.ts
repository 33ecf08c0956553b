import { priceLiveLine } from "../../live/live-holds";
import type { PricingStep } from "./pricing";

/**
 * Live offers: a line bought through a live session's offer costs the offer's live price. The step only prices
 * (a plain read, no lock): the units themselves — guarded, never more than held, only while the session is live,
 * within the per-buyer limit, or the units a comment's draft holds — are claimed by `claimLiveUnits` at the end
 * of the checkout transaction, after the order's rows are written, so the offer's row is locked only for the
 * last statements before COMMIT. Refusals stop checkout with 409. Orders not bought live are left as the
 * catalogue step priced them.
 */
export const liveOfferStep: PricingStep = {
  name: "live-offer",
  async apply(m, pricing) {
    const live = pricing.live;
    if (!live) return;
    const line = pricing.groups.flatMap((g) => g.lines).find((l) => l.productId === live.productId);
    if (!line) return void pricing.refusals.push({ path: "body.code", message: "This offer is not in the order" });
    const priced = await priceLiveLine(m, live);
    if (!priced.ok) return void pricing.refusals.push({ path: "body.code", message: priced.reason });
    line.unitPrice = priced.livePrice;
  },
};
