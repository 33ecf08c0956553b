/**
 * The shipping fee rule, in one place (đồng, per stall order — each stall ships its own parcel):
 * free from 500.000 ₫ of goods; otherwise 20.000 ₫ within the stall's province and 35.000 ₫ elsewhere.
 * When the destination is not known yet (a cart before checkout), the fee for elsewhere is shown.
 * The server prices orders with it; the product page shows it for the shopper's province.
 */
export const SHIPPING_RULE = { sameProvince: 20_000, otherProvince: 35_000, freeFrom: 500_000 } as const;

/** The fee for a parcel worth `subtotal` đồng from `stallProvince` to `destination` (slugs). */
export function shippingFee(subtotal: number, stallProvince: string, destination: string | undefined): number {
  if (subtotal <= 0) return 0;
  if (subtotal >= SHIPPING_RULE.freeFrom) return 0;
  return destination === stallProvince ? SHIPPING_RULE.sameProvince : SHIPPING_RULE.otherProvince;
}

/** Working days from the stall confirming to delivery, as the usual carriers quote them. */
export const DELIVERY_DAYS = { sameProvince: { min: 1, max: 2 }, otherProvince: { min: 2, max: 5 } } as const;

/** The delivery estimate (working days) for a parcel from `stallProvince` to `destination`. */
export const deliveryDays = (stallProvince: string, destination: string) =>
  destination === stallProvince ? DELIVERY_DAYS.sameProvince : DELIVERY_DAYS.otherProvince;
