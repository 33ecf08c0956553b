import type { PricingStep } from "./pricing";

/**
 * The payment method's part of the price: neither cash on delivery nor VNPay costs the shopper anything extra
 * today, so this step changes nothing; a method with a fee or a discount (bank transfer) adds it here.
 */
export const paymentMethodStep: PricingStep = {
  name: "payment-method",
  apply() {},
};
