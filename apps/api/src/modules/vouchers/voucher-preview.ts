import type { EntityManager } from "typeorm";
import type { Cart, CartVoucherList, PublicVoucher, VoucherOutcome, VoucherPreview } from "@chophien/contracts";
import { groupByStall, type Pricing, runPricing } from "../orders/pricing/pricing";
import { shippingStep } from "../orders/pricing/shipping.step";
import { vouchersStep } from "../orders/pricing/vouchers.step";
import { normalizeCodes } from "./voucher-rules";

/** The cart's buyable lines as the pricing pipeline's groups (checkout reserves the same lines at these prices). */
function pricingOf(cart: Cart, codes: string[], buyerId: string | null): Pricing {
  const stalls = cart.groups.map((g) => ({ id: g.stall.id, province: g.stall.province.slug, commission_rate_bps: 0 }));
  const reserved = cart.groups.flatMap((g) =>
    g.lines
      .filter((l) => l.lineTotal > 0)
      .map((l) => ({
        id: l.productId,
        name: l.name,
        unit: l.unit,
        price: l.unitPrice,
        stall_id: g.stall.id,
        quantity: l.quantity,
      })),
  );
  return {
    buyerId: buyerId ?? "",
    paymentMethod: "cod",
    destination: cart.shippingProvince ?? "",
    expectedTotal: undefined,
    refusals: [],
    voucherCodes: codes,
    groups: groupByStall(reserved, stalls, [], 0),
  };
}

const presentOutcome = (o: NonNullable<Pricing["vouchers"]>[number]): VoucherOutcome => ({
  code: o.code,
  status: o.status,
  reason: o.reason,
  message: o.message,
  owner: o.owner,
  stallId: o.stallId,
  kind: o.kind,
  discount: o.discount,
});

/**
 * Prices the cart with the codes through checkout's own vouchers and shipping steps (no `orderId`: the step only
 * reads, so nothing is consumed) and tells what each code does.
 */
export async function previewVouchers(
  m: EntityManager,
  cart: Cart,
  codes: readonly string[],
  buyerId: string | null,
): Promise<VoucherPreview> {
  const pricing = pricingOf(cart, normalizeCodes(codes), buyerId);
  const order = await runPricing(m, [vouchersStep, shippingStep], pricing);
  return {
    codes: (pricing.vouchers ?? []).map(presentOutcome),
    subtotal: order.subtotal,
    shippingTotal: order.shippingTotal,
    discountTotal: order.discountTotal,
    grandTotal: order.grandTotal,
    stalls: order.parts.map((p) => ({ stallId: p.group.stallId, discount: p.discount })),
  };
}

interface PublicRow {
  code: string;
  stall_id: string | null;
  kind: PublicVoucher["kind"];
  value: number;
  max_discount: number | null;
  min_subtotal: number;
  ends_at: Date;
  remaining: number | null;
  limited: boolean;
}

const presentPublic = (r: PublicRow): PublicVoucher => ({
  code: r.code,
  owner: r.stall_id ? "stall" : "platform",
  stallId: r.stall_id,
  kind: r.kind,
  value: r.value,
  maxDiscount: r.max_discount,
  minSubtotal: r.min_subtotal,
  endsAt: new Date(r.ends_at).toISOString(),
  remaining: r.remaining,
  limited: r.limited,
});

/** Vouchers a shopper may use now: active, inside their window, with uses left; the market's and/or these stalls'. */
export async function activeVouchers(
  m: Pick<EntityManager, "query">,
  owners: { platform: boolean; stallIds: string[] },
): Promise<PublicVoucher[]> {
  const rows = await m.query<PublicRow[]>(
    `SELECT code, stall_id, kind, value, max_discount, min_subtotal, ends_at,
            CASE WHEN total_quantity IS NULL THEN NULL ELSE total_quantity - used END AS remaining,
            (cardinality(product_ids) + cardinality(category_ids)) > 0 AS limited
       FROM voucher
      WHERE status = 'active' AND starts_at <= now() AND ends_at > now()
        AND (total_quantity IS NULL OR used < total_quantity)
        AND ((stall_id IS NULL AND $1) OR stall_id = ANY($2))
      ORDER BY stall_id NULLS FIRST, ends_at, code LIMIT 50`,
    [owners.platform, owners.stallIds],
  );
  return rows.map(presentPublic);
}

/** The vouchers this cart could use, each previewed alone against it (what it would save, or why not). */
export async function cartVouchers(m: EntityManager, cart: Cart, buyerId: string | null): Promise<CartVoucherList> {
  const vouchers = await activeVouchers(m, { platform: true, stallIds: cart.groups.map((g) => g.stall.id) });
  const items: CartVoucherList["items"] = [];
  for (const voucher of vouchers.slice(0, 20)) {
    const preview = await previewVouchers(m, cart, [voucher.code], buyerId);
    items.push({ voucher, outcome: preview.codes[0]! });
  }
  return { items };
}
