import type { PricingStep } from "./pricing";

/**
 * Vouchers (coming): a stall voucher adds a negative adjustment to its stall's group (allocated over the items
 * when the totals are made), a platform voucher is split over the groups with `allocateOverOrder`; a code that does
 * not apply becomes a refusal. There are no vouchers yet, so today it changes nothing.
 */
export const vouchersStep: PricingStep = {
  name: "vouchers",
  apply() {},
};
