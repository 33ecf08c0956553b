import { z } from "zod";
import { PaymentMethod, Quantity, ShippingAddress } from "./orders";

/** Where a live session is streamed. */
export const LIVE_PLATFORMS = ["tiktok", "facebook", "youtube", "other"] as const;
export const LivePlatform = z.enum(LIVE_PLATFORMS).meta({ id: "LivePlatform" });
export type LivePlatform = z.infer<typeof LivePlatform>;

/** scheduled → live → ended, scheduled → cancelled (`modules/live/live-state.ts`). */
export const LIVE_SESSION_STATUSES = ["scheduled", "live", "ended", "cancelled"] as const;
export const LiveSessionStatus = z.enum(LIVE_SESSION_STATUSES).meta({ id: "LiveSessionStatus" });
export type LiveSessionStatus = z.infer<typeof LiveSessionStatus>;

/** How long a draft order made from a comment holds its units before they go back, minutes. */
export const LIVE_DRAFT_HOLD_MINUTES = 30;

/** The 403 reason when the host's identity is not verified (E-commerce Law, in force 2026-07-01). */
export const LIVE_IDENTITY_REASON = "livestreamer_identity_unverified";

export const CreateLiveSessionRequest = z
  .object({
    title: z.string().trim().min(3).max(160),
    description: z.string().trim().max(2000).optional(),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    platform: LivePlatform,
    streamUrl: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .optional(),
  })
  .strict()
  .refine((b) => Date.parse(b.endsAt) > Date.parse(b.startsAt), { path: ["endsAt"], message: "Must be after startsAt" })
  .meta({ id: "CreateLiveSessionRequest" });
export type CreateLiveSessionRequest = z.infer<typeof CreateLiveSessionRequest>;

export const LiveSessionStall = z.object({
  stallId: z.uuid(),
  name: z.string(),
  slug: z.string(),
  status: z.enum(["invited", "accepted"]),
  host: z.boolean(),
});

export const LiveSession = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    platform: LivePlatform,
    streamUrl: z.string().nullable(),
    status: LiveSessionStatus,
    /** The host stall; null when the market itself (an admin) hosts. */
    hostStallId: z.uuid().nullable(),
    stalls: z.array(LiveSessionStall),
    pinnedOfferId: z.uuid().nullable(),
    startedAt: z.iso.datetime().nullable(),
    endedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "LiveSession" });
export type LiveSession = z.infer<typeof LiveSession>;
export const LiveSessionResponse = z.object({ session: LiveSession }).meta({ id: "LiveSessionResponse" });
export const LiveSessionList = z.object({ items: z.array(LiveSession) }).meta({ id: "LiveSessionList" });
export type LiveSessionList = z.infer<typeof LiveSessionList>;

export const InviteLiveStallRequest = z.object({ stallId: z.uuid() }).strict().meta({ id: "InviteLiveStallRequest" });
export const AdminCreateLiveSessionRequest = CreateLiveSessionRequest;

export const CreateLiveOfferRequest = z
  .object({
    productId: z.uuid(),
    /** đồng: below the product's price and not above its lowest price in the last 30 days. */
    livePrice: z.number().int().min(1000).max(1_000_000_000),
    quantity: z.number().int().min(1).max(10_000),
    perBuyerLimit: z.number().int().min(1).max(99).optional(),
  })
  .strict()
  .meta({ id: "CreateLiveOfferRequest" });
export type CreateLiveOfferRequest = z.infer<typeof CreateLiveOfferRequest>;

/** An offer as its stall sees it. */
export const LiveOffer = z
  .object({
    id: z.uuid(),
    code: z.string().meta({ example: "A1" }),
    stallId: z.uuid(),
    productId: z.uuid(),
    name: z.string(),
    livePrice: z.number().int(),
    regularPrice: z.number().int(),
    /** Units asked for. */
    quantity: z.number().int(),
    /** Units moved out of the product's stock at start (less than `quantity` when the stock was short). */
    held: z.number().int(),
    /** Units taken by orders and unexpired drafts. */
    taken: z.number().int(),
    remaining: z.number().int(),
    perBuyerLimit: z.number().int().nullable(),
    /** At start: the stock was short, so fewer units than asked are held. */
    short: z.boolean(),
  })
  .meta({ id: "LiveOffer" });
export type LiveOffer = z.infer<typeof LiveOffer>;
export const LiveOfferResponse = z.object({ offer: LiveOffer }).meta({ id: "LiveOfferResponse" });
export const SellerLiveSession = z.object({ session: LiveSession, offers: z.array(LiveOffer) }).meta({ id: "SellerLiveSession" });
export type SellerLiveSession = z.infer<typeof SellerLiveSession>;

/** What shoppers see of an offer. */
export const PublicLiveOffer = z
  .object({
    id: z.uuid(),
    code: z.string(),
    productId: z.uuid(),
    productSlug: z.string(),
    name: z.string(),
    livePrice: z.number().int(),
    regularPrice: z.number().int(),
    remaining: z.number().int(),
    perBuyerLimit: z.number().int().nullable(),
    pinned: z.boolean(),
  })
  .meta({ id: "PublicLiveOffer" });
export type PublicLiveOffer = z.infer<typeof PublicLiveOffer>;
export const PublicLiveSession = z
  .object({ session: LiveSession, offers: z.array(PublicLiveOffer) })
  .meta({ id: "PublicLiveSession" });
export type PublicLiveSession = z.infer<typeof PublicLiveSession>;

export const PinLiveOfferRequest = z.object({ offerId: z.uuid() }).strict().meta({ id: "PinLiveOfferRequest" });

export const LiveOrderRequest = z
  .object({
    code: z.string().trim().min(2).max(4),
    quantity: Quantity,
    shippingAddress: ShippingAddress,
    paymentMethod: PaymentMethod,
  })
  .strict()
  .meta({ id: "LiveOrderRequest" });
export type LiveOrderRequest = z.infer<typeof LiveOrderRequest>;

export const VerifyIdentityRequest = z
  .object({
    documentType: z.enum(["cccd", "passport", "vneid"]),
    note: z.string().trim().min(3).max(1000),
  })
  .strict()
  .meta({ id: "VerifyIdentityRequest" });
export type VerifyIdentityRequest = z.infer<typeof VerifyIdentityRequest>;
export const IdentityDecision = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    adminId: z.uuid(),
    action: z.string(),
    documentType: z.string(),
    note: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "IdentityDecision" });
export const IdentityDecisionResponse = z.object({ decision: IdentityDecision }).meta({ id: "IdentityDecisionResponse" });

/** The events `GET /api/live-sessions/:slug/stream` sends. */
export type LiveStreamEvent =
  | { type: "pin"; offerId: string | null; code: string | null }
  | { type: "offer"; offerId: string; code: string; remaining: number }
  | { type: "status"; status: LiveSessionStatus };

/** The host enters the platform's viewer figures after (or during) the session. */
export const UpdateLiveSessionRequest = z
  .object({
    viewersPeak: z.number().int().min(0).max(100_000_000).optional(),
    viewersUnique: z.number().int().min(0).max(100_000_000).optional(),
  })
  .strict()
  .meta({ id: "UpdateLiveSessionRequest" });
export type UpdateLiveSessionRequest = z.infer<typeof UpdateLiveSessionRequest>;

export const LiveCommentsRequest = z
  .object({ lines: z.array(z.string().max(300)).min(1).max(500) })
  .strict()
  .meta({ id: "LiveCommentsRequest" });
export const LiveCommentsResponse = z
  .object({
    created: z.number().int(),
    rejected: z.array(z.object({ line: z.string(), reason: z.string() })),
  })
  .meta({ id: "LiveCommentsResponse" });
export type LiveCommentsResponse = z.infer<typeof LiveCommentsResponse>;

export const ConfirmLiveDraftRequest = z
  .object({ token: z.string().min(20).max(100), shippingAddress: ShippingAddress, paymentMethod: PaymentMethod })
  .strict()
  .meta({ id: "ConfirmLiveDraftRequest" });

export const LiveReport = z
  .object({
    viewers: z.object({ peak: z.number().int().nullable(), unique: z.number().int().nullable(), entered: z.literal(true) }),
    comments: z.number().int(),
    orders: z.object({
      placed: z.number().int(),
      paid: z.number().int(),
      delivered: z.number().int(),
      cancelled: z.number().int(),
    }),
    /** đồng, goods of orders not cancelled. */
    revenue: z.number().int(),
    perStall: z.array(
      z.object({
        stallId: z.uuid(),
        name: z.string(),
        orders: z.number().int(),
        units: z.number().int(),
        revenue: z.number().int(),
      }),
    ),
    perOffer: z.array(
      z.object({ code: z.string(), name: z.string(), held: z.number().int(), sold: z.number().int(), revenue: z.number().int() }),
    ),
    units: z.object({ held: z.number().int(), sold: z.number().int() }),
    /** Orders per minute since the start (GMT+7 minute, HH:MM). */
    perMinute: z.array(z.object({ minute: z.string(), orders: z.number().int(), units: z.number().int() })),
  })
  .meta({ id: "LiveReport" });
export type LiveReport = z.infer<typeof LiveReport>;
