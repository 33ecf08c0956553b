import { z } from "zod";
import { page } from "./common";
import { Order, ShippingAddress } from "./orders";
import { PageQuery, ProvinceSlug } from "./stalls";

/** Limits of the supply–demand board. */
export const DEMAND_LIMITS = {
  /** Counter rounds one offer may go through (each kept as a fixed version). */
  counterRounds: 5,
  maxTolerancePct: 50,
  deliveries: 24,
} as const;

export const DEMAND_STATUSES = ["open", "closed", "awarded", "expired", "fulfilled", "cancelled"] as const;
export const DemandStatus = z.enum(DEMAND_STATUSES).meta({ id: "DemandStatus" });
export type DemandStatus = z.infer<typeof DemandStatus>;
export const OFFER_STATUSES = ["open", "shortlisted", "awarded", "declined", "withdrawn"] as const;
export const OfferStatus = z.enum(OFFER_STATUSES).meta({ id: "OfferStatus" });
export type OfferStatus = z.infer<typeof OfferStatus>;

const IsoDay = z.iso.date("A date as YYYY-MM-DD");
const Quantity = z.number().int().min(1).max(100_000_000);
/** Đồng per unit. */
const Price = z.number().int().min(1).max(2_000_000_000);

export const Delivery = z
  .object({ from: IsoDay, to: IsoDay, quantity: Quantity })
  .strict()
  .refine((d) => d.from <= d.to, "A delivery ends on or after its start")
  .meta({ id: "DemandDelivery" });
export type Delivery = z.infer<typeof Delivery>;

export const DemandRequirements = z
  .object({
    ocopMinStars: z.number().int().min(3).max(5).optional(),
    certificates: z.array(z.string().trim().min(2).max(80)).max(10).optional(),
  })
  .strict();

export const CreateDemandRequest = z
  .object({
    title: z.string().trim().min(5).max(160),
    categoryId: z.uuid("Not a category id").optional(),
    description: z.string().trim().min(10).max(5000),
    quantity: Quantity,
    unit: z.string().trim().min(1).max(24).meta({ example: "kg" }),
    tolerancePct: z.number().int().min(0).max(DEMAND_LIMITS.maxTolerancePct),
    deliveries: z.array(Delivery).max(DEMAND_LIMITS.deliveries).optional(),
    province: ProvinceSlug.optional(),
    requirements: DemandRequirements.default({}),
    priceRange: z
      .object({ min: Price, max: Price })
      .strict()
      .refine((r) => r.min <= r.max, "min ≤ max")
      .optional(),
    respondBy: z.iso.datetime({ offset: true }),
  })
  .strict()
  .meta({ id: "CreateDemandRequest" });
export type CreateDemandRequest = z.infer<typeof CreateDemandRequest>;

/** A demand on the public board: never the buyer's contacts. */
export const PublicDemand = z
  .object({
    id: z.string(),
    title: z.string(),
    categoryId: z.string().nullable(),
    description: z.string(),
    quantity: z.number().int(),
    unit: z.string(),
    tolerancePct: z.number().int(),
    deliveries: z.array(Delivery),
    province: z.string().nullable(),
    requirements: DemandRequirements,
    priceRange: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
    respondBy: z.string(),
    status: DemandStatus,
    awardedQuantity: z.number().int(),
    offerCount: z.number().int(),
    buyer: z.object({
      organisationName: z.string(),
      kind: z.string(),
      province: z.string(),
      verified: z.boolean(),
    }),
    createdAt: z.string(),
  })
  .meta({ id: "PublicDemand" });
export type PublicDemand = z.infer<typeof PublicDemand>;
export const DemandResponse = z.object({ demand: PublicDemand }).meta({ id: "DemandResponse" });
export const DemandList = page(PublicDemand).meta({ id: "DemandList" });
export type DemandList = z.infer<typeof DemandList>;
export const DemandQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    category: z.uuid().optional(),
    province: ProvinceSlug.optional(),
    status: DemandStatus.optional(),
    ...PageQuery,
  })
  .strict();

/** Contacts, shown to the other side only once an offer is shortlisted. */
export const Contacts = z.object({
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
});
export type Contacts = z.infer<typeof Contacts>;

export const OfferRound = z.object({
  round: z.number().int(),
  by: z.enum(["stall", "buyer"]),
  unitPrice: z.number().int(),
  quantity: z.number().int(),
  message: z.string(),
  createdAt: z.string(),
});
export type OfferRound = z.infer<typeof OfferRound>;

export const Offer = z
  .object({
    id: z.string(),
    demandId: z.string(),
    stall: z.object({ id: z.string(), name: z.string(), slug: z.string(), province: z.string() }),
    quantity: z.number().int().meta({ description: "Of the latest round" }),
    unitPrice: z.number().int().meta({ description: "Đồng per unit, of the latest round" }),
    deliveries: z.array(Delivery),
    message: z.string(),
    status: OfferStatus,
    awardedQuantity: z.number().int().nullable(),
    declineReason: z.string().nullable(),
    rounds: z.array(OfferRound),
    /** The stall's product the deal is for (its stock and catalogue entry); null until the stall names it. */
    product: z.object({ id: z.string(), name: z.string(), slug: z.string(), unit: z.string() }).nullable(),
    /** The other side's contacts: the stall's for the buyer, the buyer's for the stall; null before a shortlist. */
    contacts: Contacts.nullable(),
    orderIds: z.array(z.string()),
    createdAt: z.string(),
  })
  .meta({ id: "DemandOffer" });
export type Offer = z.infer<typeof Offer>;
export const OfferResponse = z.object({ offer: Offer }).meta({ id: "DemandOfferResponse" });
export const OfferList = z.object({ items: z.array(Offer) }).meta({ id: "DemandOfferList" });
export type OfferList = z.infer<typeof OfferList>;

export const CreateOfferRequest = z
  .object({
    quantity: Quantity,
    unitPrice: Price,
    deliveries: z.array(Delivery).max(DEMAND_LIMITS.deliveries).optional(),
    message: z.string().trim().min(1).max(2000),
    /** The stall's own product offered (needed before an award becomes orders; may be named later). */
    productId: z.uuid("Not a product id").optional(),
  })
  .strict()
  .meta({ id: "CreateDemandOfferRequest" });
export type CreateOfferRequest = z.infer<typeof CreateOfferRequest>;
export const CounterOfferRequest = z
  .object({ unitPrice: Price, quantity: Quantity, message: z.string().trim().min(1).max(2000) })
  .strict();
export type CounterOfferRequest = z.infer<typeof CounterOfferRequest>;
export const AwardOfferRequest = z.object({ quantity: Quantity }).strict();
export const DeclineOfferRequest = z.object({ reason: z.string().trim().min(3).max(1000) }).strict();
export const DemandTransitionRequest = z.object({ to: z.enum(["closed", "fulfilled", "cancelled"]) }).strict();

/** My demands (the buyer), with their offers. */
export const MyDemand = PublicDemand.extend({ offers: z.array(Offer) }).meta({ id: "MyDemand" });
export type MyDemand = z.infer<typeof MyDemand>;
export const MyDemandList = z.object({ items: z.array(MyDemand) }).meta({ id: "MyDemandList" });
export const SellerDemandQuery = z.object({ ...PageQuery }).strict();

/** The stall names (or changes) the product of its offer, until the award became orders. */
export const OfferProductRequest = z.object({ productId: z.uuid("Not a product id") }).strict();

/**
 * Turning an award into wholesale orders: one per delivery (the offer's schedule, else the demand's, else one),
 * priced as agreed, paid by bank transfer or cash on delivery.
 */
export const AwardOrdersRequest = z
  .object({
    paymentMethod: z.enum(["bank_transfer", "cod"]),
    shippingAddress: ShippingAddress,
    note: z.string().trim().max(500).optional(),
  })
  .strict()
  .meta({ id: "AwardOrdersRequest" });
export type AwardOrdersRequest = z.infer<typeof AwardOrdersRequest>;
export const AwardOrdersResponse = z
  .object({ orders: z.array(Order) })
  .meta({ id: "AwardOrdersResponse", description: "The award's orders, by delivery" });
export type AwardOrdersResponse = z.infer<typeof AwardOrdersResponse>;
