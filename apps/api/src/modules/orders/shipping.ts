/** The shipping fee rule lives in the contract (the product page shows it too); orders price with it here. */
export { SHIPPING_RULE, shippingFee } from "@chophien/contracts";

/** The platform's commission on `subtotal` đồng at `bps` basis points, rounded to the đồng. */
export const commissionOf = (subtotal: number, bps: number) => Math.round((subtotal * bps) / 10_000);
