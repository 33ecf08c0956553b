import type { PricingStep } from "./pricing";

/**
 * Live offers (coming with live sessions): a line bought through a live session's offer gets the live price — the
 * step will lower `unitPrice` and record an adjustment, or refuse a line whose offer has ended or sold out.
 * Nothing is sold live yet, so today it leaves every line as the catalogue step priced it.
 */
export const liveOfferStep: PricingStep = {
  name: "live-offer",
  apply() {},
};
