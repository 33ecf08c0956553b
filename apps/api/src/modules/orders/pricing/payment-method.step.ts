import { assertPaymentLimits, type PaymentLimits } from "../payment-limits";
import type { PricingStep } from "./pricing";

/**
 * The payment method's part of the price: neither cash on delivery nor VNPay costs the shopper anything extra
 * today, so `apply` changes nothing (a method with a fee or a discount — bank transfer — adds it there). Once the
 * total is known, `settle` refuses a total the method cannot take (422 `payment_amount_out_of_range`), before
 * checkout writes its first order row: the refusal rolls back the key's claim and the stock reserved.
 */
export function paymentMethodStep(limits: PaymentLimits): PricingStep {
  return {
    name: "payment-method",
    apply() {},
    settle(_m, pricing, order) {
      assertPaymentLimits(pricing.paymentMethod, order.grandTotal, limits);
    },
  };
}
