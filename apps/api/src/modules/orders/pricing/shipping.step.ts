import { shippingFee } from "../shipping";
import { groupGoods, type PricingStep } from "./pricing";

/** Each stall ships its own parcel: its fee follows the shipping rule on the stall's goods after discounts. */
export const shippingStep: PricingStep = {
  name: "shipping",
  apply(_m, pricing) {
    for (const g of pricing.groups) g.shippingFee = shippingFee(groupGoods(g), g.province, pricing.destination);
  },
};
