import { formatVnd, LIMITS, type PaymentMethod } from "@chophien/contracts";
import { AppError } from "../../http/errors";

/** The smallest and largest order (đồng, both inclusive) each payment method takes. */
export type PaymentLimits = Record<PaymentMethod, { min: number; max: number }>;

/** VNPay's own range (from the contract), cash on delivery up to the market's `COD_MAX_AMOUNT`, NAPAS 247 transfers. */
export function paymentLimits(codMaxAmount: number = LIMITS.codMaxAmount): PaymentLimits {
  return {
    vnpay: { min: LIMITS.vnpayMinAmount, max: LIMITS.vnpayMaxAmount },
    cod: { min: 1, max: codMaxAmount },
    // NAPAS 247 takes up to 499.999.999 ₫ per transfer.
    bank_transfer: { min: 1000, max: 499_999_999 },
  };
}

const NAMES: Record<PaymentMethod, string> = { vnpay: "VNPay", cod: "Cash on delivery", bank_transfer: "Bank transfer" };

/**
 * Refuses (422 `payment_amount_out_of_range`) an order total the chosen payment method cannot take, with the
 * allowed range in the message, so checkout can stop before it writes anything.
 */
export function assertPaymentLimits(method: PaymentMethod, amount: number, limits: PaymentLimits = paymentLimits()): void {
  const { min, max } = limits[method];
  if (amount >= min && amount <= max) return;
  const range = min > 1 ? `from ${formatVnd(min)} to ${formatVnd(max)}` : `up to ${formatVnd(max)}`;
  throw new AppError(
    "payment_amount_out_of_range",
    `${NAMES[method]} takes orders ${range}; this order is ${formatVnd(amount)}. Choose another payment method or change the cart.`,
    [{ path: "body.paymentMethod", message: `${NAMES[method]} takes ${range}` }],
  );
}
