import type { Voucher as VoucherView } from "@chophien/contracts";
import type { Voucher } from "./voucher.entity";

/** The fields a voucher's owner sees; nothing else leaves the API. */
export type VoucherStats = VoucherView["stats"];
const NO_STATS: VoucherStats = { orders: 0, discountGiven: 0, revenue: 0 };

export function presentVoucher(v: Voucher, stats: VoucherStats = NO_STATS): VoucherView {
  return {
    id: v.id,
    owner: v.stallId ? "stall" : "platform",
    stallId: v.stallId,
    code: v.code,
    kind: v.kind,
    value: v.value,
    maxDiscount: v.maxDiscount,
    minSubtotal: v.minSubtotal,
    startsAt: v.startsAt.toISOString(),
    endsAt: v.endsAt.toISOString(),
    totalQuantity: v.totalQuantity,
    perUserLimit: v.perUserLimit,
    categoryIds: v.categoryIds,
    productIds: v.productIds,
    status: v.status,
    used: v.used,
    stats,
    createdAt: v.createdAt.toISOString(),
  };
}
