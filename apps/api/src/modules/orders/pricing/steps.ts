import { catalogPriceStep } from "./catalog-price.step";
import { liveOfferStep } from "./live-offer.step";
import { paymentMethodStep } from "./payment-method.step";
import type { PaymentLimits } from "../payment-limits";
import type { PricingStep } from "./pricing";
import { shippingStep } from "./shipping.step";
import { vouchersStep } from "./vouchers.step";

/** Checkout's pricing, in order: catalogue price → live offer → vouchers → shipping → payment method. */
export function checkoutSteps(limits: PaymentLimits): readonly PricingStep[] {
  return [catalogPriceStep, liveOfferStep, vouchersStep, shippingStep, paymentMethodStep(limits)];
}
