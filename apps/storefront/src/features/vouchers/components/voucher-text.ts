import type { PublicVoucher } from "@chophien/contracts";
import type { TFunction } from "i18next";

/** "Giảm 10% (tối đa 50.000 ₫)", "Giảm 20.000 ₫", "Miễn phí vận chuyển" — what a voucher gives, in words. */
export function voucherOffer(v: Pick<PublicVoucher, "kind" | "value" | "maxDiscount">, t: TFunction, vnd: (n: number) => string) {
  if (v.kind === "free_shipping")
    return v.value ? t("vouchers.offer.shippingUpTo", { amount: vnd(v.value) }) : t("vouchers.offer.freeShipping");
  const base =
    v.kind === "percent" ? t("vouchers.offer.percent", { value: v.value }) : t("vouchers.offer.fixed", { amount: vnd(v.value) });
  return v.maxDiscount ? `${base} ${t("vouchers.offer.max", { amount: vnd(v.maxDiscount) })}` : base;
}
