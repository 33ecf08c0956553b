import { z } from "zod";
import { VnPhone, boolParam, page } from "./common";
import { Image } from "./media";
import { PageQuery, ProvinceRef, ProvinceSlug } from "./stalls";
import { VoucherPreview } from "./vouchers";

export const STALL_ORDER_STATUSES = [
  "awaiting_payment",
  "placed",
  "confirmed",
  "shipped",
  "delivered",
  "completed",
  "cancelled",
] as const;
export const StallOrderStatus = z.enum(STALL_ORDER_STATUSES).meta({ id: "StallOrderStatus" });
export type StallOrderStatus = z.infer<typeof StallOrderStatus>;
export const PAYMENT_METHODS = ["cod", "vnpay", "bank_transfer"] as const;
export const PaymentMethod = z.enum(PAYMENT_METHODS).meta({ id: "PaymentMethod" });
export type PaymentMethod = z.infer<typeof PaymentMethod>;
export const PAYMENT_STATUSES = ["unpaid", "pending", "paid", "failed", "refunded", "partially_refunded"] as const;
export const PaymentStatus = z.enum(PAYMENT_STATUSES).meta({ id: "PaymentStatus" });
export type PaymentStatus = z.infer<typeof PaymentStatus>;

/** 1–99 of one product per order line; anything else (0, -1, 1.5, "1e9", 2³¹) is a 400. */
export const Quantity = z.number().int().min(1).max(99);
const CartQuantity = z.number().int().min(0).max(99);

export const ShippingAddress = z
  .object({
    fullName: z.string().trim().min(2).max(120),
    phone: VnPhone,
    province: ProvinceSlug,
    /** Only for addresses written before 2025-07-01; districts no longer exist. */
    district: z.string().trim().max(120).optional(),
    ward: z.string().trim().min(2).max(120),
    street: z.string().trim().min(2).max(255),
  })
  .strict()
  .meta({ id: "ShippingAddress" });
export type ShippingAddress = z.infer<typeof ShippingAddress>;

export const PutCartItemRequest = z
  .object({ productId: z.uuid(), quantity: CartQuantity })
  .strict()
  .meta({ id: "PutCartItemRequest" });
export type PutCartItemRequest = z.infer<typeof PutCartItemRequest>;

/** Why a cart line needs the shopper's attention before checkout. */
export const CART_ISSUES = ["price_changed", "insufficient_stock", "out_of_stock", "unavailable"] as const;
export const CartLine = z
  .object({
    productId: z.uuid(),
    slug: z.string(),
    name: z.string(),
    unit: z.string(),
    thumbnail: Image.nullable(),
    /** Current price, đồng. */
    unitPrice: z.number().int(),
    /** The price when the line was added, đồng. */
    addedPrice: z.number().int(),
    quantity: z.number().int(),
    stock: z.number().int(),
    lineTotal: z.number().int(),
    issues: z.array(z.enum(CART_ISSUES)),
  })
  .meta({ id: "CartLine" });
export const CartGroup = z
  .object({
    stall: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), province: ProvinceRef }),
    lines: z.array(CartLine),
    subtotal: z.number().int(),
    shippingFee: z.number().int(),
  })
  .meta({ id: "CartGroup" });
export const Cart = z
  .object({
    groups: z.array(CartGroup),
    itemCount: z.number().int(),
    subtotal: z.number().int(),
    shippingTotal: z.number().int(),
    grandTotal: z.number().int(),
    /** The province the shipping fees were computed for (query `province`, else the stalls' own). */
    shippingProvince: z.string().nullable(),
    needsAttention: z.boolean(),
    /** With `?voucherCodes=`: the cart priced with them, as checkout would (nothing consumed). */
    voucherPreview: VoucherPreview.optional(),
  })
  .meta({ id: "Cart" });
export type Cart = z.infer<typeof Cart>;
export const CartResponse = z.object({ cart: Cart }).meta({ id: "CartResponse" });
export type CartResponse = z.infer<typeof CartResponse>;
export const CartQuery = z
  .object({
    province: ProvinceSlug.optional(),
    /** "Mua ngay": price this one product alone (with `quantity`, default 1) instead of the stored cart, which is left as it is. */
    buyNow: z.uuid().optional(),
    quantity: z.coerce.number().int().min(1).max(99).optional(),
    /** Comma-separated voucher codes to preview (any case). */
    voucherCodes: z
      .string()
      .max(400)
      .optional()
      .transform((v) =>
        v === undefined
          ? undefined
          : v
              .split(",")
              .map((c) => c.trim())
              .filter(Boolean)
              .slice(0, 10),
      ),
  })
  .strict();

/** A buyer without an account: a name and a Vietnamese mobile number (`0905…`, `+84905…` and `84905…` are one). */
export const GuestBuyer = z
  .object({ fullName: z.string().trim().min(2).max(120), phone: z.string().trim().min(9).max(20) })
  .strict()
  .meta({ id: "GuestBuyer" });
export type GuestBuyer = z.infer<typeof GuestBuyer>;

export const CheckoutRequest = z
  .object({
    shippingAddress: ShippingAddress,
    note: z.string().trim().max(500).optional(),
    paymentMethod: PaymentMethod,
    /** Buy these directly; without it, the cart is bought (and emptied). */
    items: z
      .array(z.object({ productId: z.uuid(), quantity: Quantity }).strict())
      .min(1)
      .max(50)
      .optional(),
    /**
     * đồng, the total the shopper was shown and accepted. Without it, a cart whose prices rose since the shopper
     * last saw them is refused (409 `price_changed`, with the new lines and total); with it equal to the server's
     * total, the order goes through at the new prices. Falling prices always go through.
     */
    expectedTotal: z.number().int().min(0).max(1_000_000_000_000).optional(),
    /** Voucher codes (any case): at most one of the market's and one per stall; 409/422 with a reason when one does not apply. */
    voucherCodes: z.array(z.string().trim().min(1).max(32)).max(10).optional(),
    /**
     * Checking out without an account: who buys. Only without a bearer token; the cart is the cookie cart. The
     * order can be looked up with its code and this phone, and moves to whoever later signs in with the phone.
     */
    guest: GuestBuyer.optional(),
  })
  .strict()
  .meta({ id: "CheckoutRequest" });
export type CheckoutRequest = z.infer<typeof CheckoutRequest>;

export const OrderItem = z
  .object({
    id: z.uuid(),
    productId: z.uuid(),
    productSlug: z.string(),
    name: z.string(),
    unit: z.string(),
    unitPrice: z.number().int(),
    quantity: z.number().int(),
    /** đồng paid for the line, after its share of the vouchers */
    lineTotal: z.number().int(),
    /** đồng the vouchers took off this line */
    discount: z.number().int(),
    thumbnail: Image.nullable(),
    /** The buyer has reviewed this product (one review per product and buyer). */
    reviewed: z.boolean(),
    /** The public code of the batch the packages came from (the most of them), for `/t/:code`; null until shipped with one. */
    traceCode: z.string().nullable(),
    /** Every batch the seller named when shipping, with how many packages came from each. */
    batches: z.array(z.object({ code: z.string(), lot: z.string(), quantity: z.number().int() })),
  })
  .meta({ id: "OrderItem" });

export const OrderEvent = z
  .object({
    stallOrderId: z.uuid().nullable(),
    actor: z.enum(["buyer", "seller", "admin", "system"]),
    from: StallOrderStatus.nullable(),
    to: StallOrderStatus,
    note: z.string().nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: "OrderEvent" });

export const StallOrder = z
  .object({
    id: z.uuid(),
    orderCode: z.string(),
    stall: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
    status: StallOrderStatus,
    /** đồng, goods after vouchers */
    subtotal: z.number().int(),
    /** đồng, after a free-shipping voucher */
    shippingFee: z.number().int(),
    /** đồng the vouchers took off this stall's part (goods and shipping) */
    discount: z.number().int(),
    commission: z.number().int(),
    /** A carrier of CARRIERS by name, or free text kept from before the list. */
    carrier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    /** The carrier's public tracking page for this parcel; null for a carrier not in CARRIERS. */
    trackingUrl: z.string().nullable(),
    cancelReason: z.string().nullable(),
    items: z.array(OrderItem),
    /** The actions the viewer may take now (the UI offers only these). */
    actions: z.array(z.enum(["confirm", "ship", "deliver", "cancel", "receive"])),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "StallOrder" });
export type StallOrder = z.infer<typeof StallOrder>;

export const VietQr = z
  .object({
    /** The EMVCo/NAPAS VietQR string (what the QR image encodes). */
    payload: z.string(),
    /** A PNG of the QR code. */
    imageUrl: z.string(),
    bankBin: z.string(),
    accountNo: z.string(),
    accountName: z.string(),
    amount: z.number().int(),
    /** The transfer note: it must reach the market unchanged (it names the order). */
    note: z.string(),
    expiresAt: z.iso.datetime(),
    /** Development only: the local test bank that "pays" this code. */
    sandboxUrl: z.string().optional(),
  })
  .meta({ id: "VietQr" });
export type VietQr = z.infer<typeof VietQr>;

export const Payment = z
  .object({
    method: PaymentMethod,
    status: PaymentStatus,
    amount: z.number().int(),
    /** Where to send the shopper to pay (VNPay); null for cash on delivery. */
    redirectUrl: z.string().nullable(),
    /** Bank transfer: what to scan (or type by hand) in a banking app. */
    vietqr: VietQr.optional(),
  })
  .meta({ id: "Payment" });
export type Payment = z.infer<typeof Payment>;

/** Money going back to the buyer: a cancelled, paid stall order's share, or a second payment of an order already paid. */
export const REFUND_STATUSES = ["pending", "succeeded", "failed"] as const;
export const BuyerRefund = z
  .object({
    /** The cancelled stall order; null when a second payment for the same order is given back whole. */
    stallOrderId: z.uuid().nullable(),
    /** đồng */
    amount: z.number().int(),
    /** `failed` is retried by the market until the gateway accepts it: the buyer still sees it as on its way. */
    status: z.enum(REFUND_STATUSES),
    createdAt: z.iso.datetime(),
    /** When the gateway accepted it; null while on its way. */
    settledAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "BuyerRefund" });
export type BuyerRefund = z.infer<typeof BuyerRefund>;

export const Order = z
  .object({
    id: z.uuid(),
    code: z.string().meta({ example: "CP-20261128-7Q4K-9XZ2" }),
    status: StallOrderStatus,
    buyer: z.object({ id: z.uuid(), fullName: z.string() }),
    shippingAddress: ShippingAddress,
    note: z.string().nullable(),
    payment: Payment,
    /** đồng, goods after vouchers */
    subtotal: z.number().int(),
    /** đồng, shipping after vouchers */
    shippingTotal: z.number().int(),
    /** đồng the vouchers took off in all (subtotal + shippingTotal + discountTotal is the list amount) */
    discountTotal: z.number().int(),
    /** đồng, what the buyer pays: subtotal + shippingTotal */
    grandTotal: z.number().int(),
    stallOrders: z.array(StallOrder),
    timeline: z.array(OrderEvent),
    /** Refunds of this order, oldest first. */
    refunds: z.array(BuyerRefund),
    createdAt: z.iso.datetime(),
    /** Bought in a live session: its id and the offer's code (`A1`); null otherwise. */
    liveSessionId: z.uuid().nullable().optional(),
    liveOfferCode: z.string().nullable().optional(),
    /** Made from an award on the supply–demand board: the offer, and which delivery of how many this order is. */
    deal: z
      .object({
        offerId: z.uuid(),
        delivery: z.object({
          no: z.number().int(),
          of: z.number().int(),
          from: z.string().nullable(),
          to: z.string().nullable(),
        }),
      })
      .nullable()
      .optional(),
  })
  .meta({ id: "Order" });
export type Order = z.infer<typeof Order>;
export const OrderResponse = z.object({ order: Order }).meta({ id: "OrderResponse" });
export const CheckoutResponse = z.object({ order: Order, payment: Payment }).meta({ id: "CheckoutResponse" });
export type CheckoutResponse = z.infer<typeof CheckoutResponse>;

/** Pay an order that still awaits payment another way: a new VNPay attempt, or cash on delivery. */
export const PayAgainRequest = z
  .object({ paymentMethod: z.enum(["vnpay", "cod"]) })
  .strict()
  .meta({ id: "PayAgainRequest" });
export type PayAgainRequest = z.infer<typeof PayAgainRequest>;
export const PayAgainResponse = z.object({ order: Order, payment: Payment }).meta({ id: "PayAgainResponse" });
export type PayAgainResponse = z.infer<typeof PayAgainResponse>;

export const OrderSummary = Order.pick({ id: true, code: true, status: true, grandTotal: true, createdAt: true, payment: true })
  .extend({ stallCount: z.number().int(), itemCount: z.number().int() })
  .meta({ id: "OrderSummary" });
export const OrderList = page(OrderSummary).meta({ id: "OrderList" });
export const OrderListQuery = z.object({ status: StallOrderStatus.optional(), ...PageQuery }).strict();
export type OrderListQuery = z.infer<typeof OrderListQuery>;

/** A stall order as its seller sees it, with the buyer's address and the timeline. */
export const SellerStallOrder = StallOrder.extend({
  buyer: z.object({ fullName: z.string() }),
  shippingAddress: ShippingAddress,
  note: z.string().nullable(),
  payment: Payment,
  timeline: z.array(OrderEvent),
}).meta({ id: "SellerStallOrder" });
export const SellerStallOrderResponse = z.object({ stallOrder: SellerStallOrder }).meta({ id: "SellerStallOrderResponse" });
export const SellerOrderList = page(SellerStallOrder)
  .extend({ counts: z.record(z.string(), z.number().int()) })
  .meta({ id: "SellerOrderList" });
export const SellerOrderQuery = z.object({ status: StallOrderStatus.optional(), ...PageQuery }).strict();
export type SellerOrderQuery = z.infer<typeof SellerOrderQuery>;

/** Which batches one order line's packages came from; the quantities add up to the line's quantity. */
export const ShipItemBatches = z
  .object({
    itemId: z.uuid("Not an order item id"),
    batches: z
      .array(z.object({ batchId: z.uuid("Not a batch id"), quantity: z.number().int().min(1).max(100_000_000) }).strict())
      .min(1)
      .max(10),
  })
  .strict()
  .meta({ id: "ShipItemBatches" });
export type ShipItemBatches = z.infer<typeof ShipItemBatches>;
export const ShipRequest = z
  .object({
    carrier: z.string().trim().min(2).max(60),
    trackingNumber: z.string().trim().min(3).max(60),
    /** Optional: the batches the items came from (each batch the stall's own, of the item's product). */
    items: z.array(ShipItemBatches).max(100).optional(),
  })
  .strict()
  .meta({ id: "ShipRequest" });
export const CancelRequest = z
  .object({ reason: z.string().trim().min(3).max(500) })
  .strict()
  .meta({ id: "CancelRequest" });
export const BuyerCancelRequest = z
  .object({ reason: z.string().trim().max(500).optional() })
  .strict()
  .meta({ id: "BuyerCancelRequest" });

export const AdminOrderQuery = z
  .object({
    status: StallOrderStatus.optional(),
    stall: z.string().max(100).optional(),
    paymentMethod: PaymentMethod.optional(),
    q: z.string().trim().max(40).optional().meta({ description: "order code" }),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    liveSession: z.uuid().optional().meta({ description: "only orders bought in this live session" }),
    selfDealing: boolParam.optional().meta({
      description: "only orders in which a stall's own insider (its owner) bought from that stall (true), or none such (false)",
    }),
    ...PageQuery,
  })
  .strict();
export type AdminOrderQuery = z.infer<typeof AdminOrderQuery>;

/** Finding an order without an account: its code and the phone it was placed with (both must match). */
export const OrderLookupQuery = z
  .object({ code: z.string().trim().toUpperCase().max(24), phone: z.string().trim().min(9).max(20) })
  .strict()
  .meta({ id: "OrderLookupQuery" });
export type OrderLookupQuery = z.infer<typeof OrderLookupQuery>;

/** How a guest pays again for an unpaid order (the VietQR page after a reload). */
export const OrderPaymentQuery = z
  .object({ phone: z.string().trim().min(9).max(20) })
  .strict()
  .meta({ id: "OrderPaymentQuery" });
export type OrderPaymentQuery = z.infer<typeof OrderPaymentQuery>;
