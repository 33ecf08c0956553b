import { z } from "zod";

/** Vouchers ("mã giảm giá"): owned by the platform (admins) or by one stall (its seller). Money in đồng. */
export const VoucherKind = z.enum(["percent", "fixed", "free_shipping"]);
export type VoucherKind = z.infer<typeof VoucherKind>;
export const VoucherStatus = z.enum(["active", "paused"]);
export type VoucherStatus = z.infer<typeof VoucherStatus>;

const Code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{3,32}$/, "A code is 3–32 letters, digits, - or _")
  .transform((c) => c.toUpperCase());
const Dong = z.number().int("Whole đồng only").min(0).max(1_000_000_000);

export const CreateVoucherRequest = z
  .object({
    code: Code,
    kind: VoucherKind,
    /** percent: 1–100; fixed: đồng; free_shipping: the most shipping it covers in đồng (0 = all of it) */
    value: Dong,
    maxDiscount: Dong.positive().optional(),
    minSubtotal: Dong.optional(),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    totalQuantity: z.number().int().positive().max(10_000_000).optional(),
    perUserLimit: z.number().int().positive().max(1000).default(1),
    categoryIds: z.array(z.uuid()).max(50).optional(),
    productIds: z.array(z.uuid()).max(200).optional(),
  })
  .strict()
  .refine((v) => v.kind !== "percent" || (v.value >= 1 && v.value <= 100), {
    path: ["value"],
    message: "A percent voucher's value is 1–100",
  })
  .refine((v) => v.kind !== "fixed" || v.value >= 1, { path: ["value"], message: "A fixed voucher gives at least 1 đồng" })
  .refine((v) => Date.parse(v.endsAt) > Date.parse(v.startsAt), { path: ["endsAt"], message: "endsAt is after startsAt" });
export type CreateVoucherRequest = z.infer<typeof CreateVoucherRequest>;

export const UpdateVoucherRequest = z
  .object({
    status: VoucherStatus.optional(),
    startsAt: z.iso.datetime({ offset: true }).optional(),
    endsAt: z.iso.datetime({ offset: true }).optional(),
    totalQuantity: z.number().int().positive().max(10_000_000).nullable().optional(),
    perUserLimit: z.number().int().positive().max(1000).optional(),
    /** replaces the list; [] (with productIds []) makes it apply to the owner's whole part again */
    categoryIds: z.array(z.uuid()).max(50).optional(),
    productIds: z.array(z.uuid()).max(200).optional(),
  })
  .strict();
export type UpdateVoucherRequest = z.infer<typeof UpdateVoucherRequest>;

export const Voucher = z.object({
  id: z.uuid(),
  owner: z.enum(["platform", "stall"]),
  stallId: z.uuid().nullable(),
  code: z.string(),
  kind: VoucherKind,
  value: z.number().int(),
  maxDiscount: z.number().int().nullable(),
  minSubtotal: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
  totalQuantity: z.number().int().nullable(),
  perUserLimit: z.number().int(),
  categoryIds: z.array(z.uuid()),
  productIds: z.array(z.uuid()),
  status: VoucherStatus,
  /** uses held by orders that are not cancelled */
  used: z.number().int(),
  /** What it has done so far (uses not given back): orders, đồng taken off, and those orders' revenue (đồng
   * paid for the owner's part: the stall's for a stall voucher, every stall's for the market's). */
  stats: z.object({ orders: z.number().int(), discountGiven: z.number().int(), revenue: z.number().int() }),
  createdAt: z.string(),
});
export type Voucher = z.infer<typeof Voucher>;
export const VoucherResponse = z.object({ voucher: Voucher });
export const VoucherList = z.object({ items: z.array(Voucher) });

/** Why a code does not apply, for the shopper (the UI words each one). */
export const VOUCHER_REASONS = [
  "unknown",
  "expired",
  "not_started",
  "paused",
  "below_minimum",
  "not_applicable",
  "used_up",
  "per_user_limit",
] as const;
export const VoucherReason = z.enum(VOUCHER_REASONS);
export type VoucherReason = z.infer<typeof VoucherReason>;

/** A voucher as shoppers see it (a stall's page, the cart's picker): no counters beyond what is left. */
export const PublicVoucher = z
  .object({
    code: z.string(),
    owner: z.enum(["platform", "stall"]),
    stallId: z.uuid().nullable(),
    kind: VoucherKind,
    value: z.number().int(),
    maxDiscount: z.number().int().nullable(),
    minSubtotal: z.number().int(),
    endsAt: z.string(),
    /** uses left in all; null: no limit */
    remaining: z.number().int().nullable(),
    /** only some products or categories */
    limited: z.boolean(),
  })
  .meta({ id: "PublicVoucher" });
export type PublicVoucher = z.infer<typeof PublicVoucher>;
export const PublicVoucherList = z.object({ items: z.array(PublicVoucher) });

/** What one code does to the cart: applied with the đồng it takes off, or refused with the reason. */
export const VoucherOutcome = z
  .object({
    code: z.string(),
    status: z.enum(["applied", "refused"]),
    reason: VoucherReason.nullable(),
    message: z.string(),
    owner: z.enum(["platform", "stall"]).nullable(),
    stallId: z.uuid().nullable(),
    kind: VoucherKind.nullable(),
    discount: z.number().int(),
  })
  .meta({ id: "VoucherOutcome" });
export type VoucherOutcome = z.infer<typeof VoucherOutcome>;

/** The cart priced with the codes: the same computation as checkout, consuming nothing. */
export const VoucherPreview = z
  .object({
    codes: z.array(VoucherOutcome),
    /** đồng, goods after vouchers */
    subtotal: z.number().int(),
    shippingTotal: z.number().int(),
    discountTotal: z.number().int(),
    grandTotal: z.number().int(),
    stalls: z.array(z.object({ stallId: z.uuid(), discount: z.number().int() })),
  })
  .meta({ id: "VoucherPreview" });
export type VoucherPreview = z.infer<typeof VoucherPreview>;

/** The vouchers a cart could use (the market's and its stalls'), each with what it would do alone. */
export const CartVoucherList = z.object({
  items: z.array(z.object({ voucher: PublicVoucher, outcome: VoucherOutcome })),
});
export type CartVoucherList = z.infer<typeof CartVoucherList>;
