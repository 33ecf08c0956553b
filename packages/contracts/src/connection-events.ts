import { z } from "zod";
import { page } from "./common";
import { PublicDemand } from "./demands";
import { PageQuery, ProvinceSlug } from "./stalls";

/** Connection events: the youth union's supply–demand forums and fairs, where demands are presented to stalls. */
export const EVENT_KINDS = ["forum", "fair", "online"] as const;
export const EventKind = z.enum(EVENT_KINDS).meta({ id: "ConnectionEventKind" });
export type EventKind = z.infer<typeof EventKind>;
export const EVENT_STATUSES = ["draft", "published", "cancelled"] as const;
export const EventStatus = z.enum(EVENT_STATUSES).meta({ id: "ConnectionEventStatus" });
export type EventStatus = z.infer<typeof EventStatus>;

const Instant = z.iso.datetime({ offset: true, message: "An ISO 8601 time with its offset, e.g. 2026-05-20T08:00:00+07:00" });
const Place = z.string().trim().min(2, "A place of at least 2 characters").max(300);
const Link = z
  .url({ protocol: /^https?$/, message: "A link starting with http:// or https://" })
  .max(500, "A link of at most 500 characters");

/** The rules between fields, shared by creation and by an edit once merged with the stored event. */
export function eventFieldIssues(e: {
  kind: EventKind;
  startsAt: string;
  endsAt: string;
  place?: string | null;
  link?: string | null;
}): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (Date.parse(e.endsAt) <= Date.parse(e.startsAt))
    issues.push({ path: "endsAt", message: "The event must end after it starts" });
  if (e.kind === "online" && !e.link) issues.push({ path: "link", message: "An online event needs a link" });
  else if (!e.place && !e.link) issues.push({ path: "place", message: "Give a place or a link" });
  return issues;
}

export const CreateConnectionEventRequest = z
  .object({
    title: z.string().trim().min(5, "A title of at least 5 characters").max(160),
    kind: EventKind,
    description: z.string().trim().min(10, "A description of at least 10 characters").max(5000),
    startsAt: Instant,
    endsAt: Instant,
    place: Place.optional(),
    link: Link.optional(),
    province: ProvinceSlug.optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    for (const i of eventFieldIssues(e)) ctx.addIssue({ code: "custom", path: [i.path], message: i.message });
  })
  .meta({ id: "CreateConnectionEventRequest" });
export type CreateConnectionEventRequest = z.infer<typeof CreateConnectionEventRequest>;

/** An edit: any of the fields (null clears place, link or province); the merged event obeys the same rules. */
export const UpdateConnectionEventRequest = z
  .object({
    title: z.string().trim().min(5, "A title of at least 5 characters").max(160).optional(),
    kind: EventKind.optional(),
    description: z.string().trim().min(10, "A description of at least 10 characters").max(5000).optional(),
    startsAt: Instant.optional(),
    endsAt: Instant.optional(),
    place: Place.nullable().optional(),
    link: Link.nullable().optional(),
    province: ProvinceSlug.nullable().optional(),
  })
  .strict()
  .meta({ id: "UpdateConnectionEventRequest" });
export type UpdateConnectionEventRequest = z.infer<typeof UpdateConnectionEventRequest>;

export const CancelConnectionEventRequest = z
  .object({ reason: z.string().trim().min(3, "A reason of at least 3 characters").max(1000) })
  .strict();
export const PresentDemandRequest = z.object({ demandId: z.uuid("Not a demand id") }).strict();

/** An event as everyone sees it (a draft only to admins). Times are UTC instants; clients show GMT+7. */
export const ConnectionEvent = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    kind: EventKind,
    description: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    place: z.string().nullable(),
    link: z.string().nullable(),
    province: z.string().nullable(),
    status: EventStatus,
    cancelReason: z.string().nullable(),
    demandCount: z.number().int(),
    registrationCount: z.number().int().meta({ description: "Stalls registered to attend" }),
    createdAt: z.string(),
  })
  .meta({ id: "ConnectionEvent" });
export type ConnectionEvent = z.infer<typeof ConnectionEvent>;

/** For admins: the presented demands' ids and when it was published or cancelled. */
export const AdminConnectionEvent = ConnectionEvent.extend({
  demandIds: z.array(z.string()),
  publishedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
}).meta({ id: "AdminConnectionEvent" });
export type AdminConnectionEvent = z.infer<typeof AdminConnectionEvent>;
export const AdminConnectionEventResponse = z
  .object({ event: AdminConnectionEvent })
  .meta({ id: "AdminConnectionEventResponse" });
export const AdminConnectionEventList = page(AdminConnectionEvent).meta({ id: "AdminConnectionEventList" });
export type AdminConnectionEventList = z.infer<typeof AdminConnectionEventList>;
export const AdminConnectionEventQuery = z.object({ status: EventStatus.optional(), ...PageQuery }).strict();

/** An awarded offer on a presented demand. Value = quantity × unitPrice, in đồng. */
export const EventDeal = z.object({
  stallName: z.string(),
  stallSlug: z.string(),
  quantity: z.number().int(),
  unitPrice: z.number().int().meta({ description: "Đồng per unit" }),
  value: z.number().int().meta({ description: "Đồng" }),
  /** The award's orders (one per delivery): made, delivered to the buyer, and paid. */
  orders: z.object({ made: z.number().int(), delivered: z.number().int(), paid: z.number().int() }),
});
export type EventDeal = z.infer<typeof EventDeal>;
export const EventDemandResult = z.object({
  demandId: z.string(),
  title: z.string(),
  offers: z.number().int(),
  stallsOffered: z.number().int(),
  deals: z.array(EventDeal),
});
export type EventDemandResult = z.infer<typeof EventDemandResult>;
export const EventResults = z
  .object({
    demands: z.array(EventDemandResult),
    totals: z.object({
      demands: z.number().int(),
      offers: z.number().int(),
      deals: z.number().int(),
      dealValue: z.number().int().meta({ description: "Đồng" }),
      /** The deals' orders: made, delivered and paid — what the union reports instead of memoranda. */
      orders: z.number().int(),
      delivered: z.number().int(),
      paid: z.number().int(),
    }),
  })
  .meta({ id: "ConnectionEventResults" });
export type EventResults = z.infer<typeof EventResults>;

/** One event's page: its presented demands (public fields only), the stalls attending, and results once started. */
export const ConnectionEventDetail = ConnectionEvent.extend({
  demands: z.array(PublicDemand),
  stalls: z.array(z.object({ name: z.string(), slug: z.string() })),
  results: EventResults.nullable().meta({ description: "Null until the event has started" }),
}).meta({ id: "ConnectionEventDetail" });
export type ConnectionEventDetail = z.infer<typeof ConnectionEventDetail>;
export const ConnectionEventDetailResponse = z
  .object({ event: ConnectionEventDetail })
  .meta({ id: "ConnectionEventDetailResponse" });

export const ConnectionEventList = page(ConnectionEvent).meta({ id: "ConnectionEventList" });
export type ConnectionEventList = z.infer<typeof ConnectionEventList>;
export const ConnectionEventQuery = z.object({ when: z.enum(["upcoming", "past"]).default("upcoming"), ...PageQuery }).strict();

/** For a stall: an upcoming event and whether it registered to attend. */
export const SellerConnectionEvent = ConnectionEvent.extend({ registered: z.boolean() }).meta({
  id: "SellerConnectionEvent",
});
export type SellerConnectionEvent = z.infer<typeof SellerConnectionEvent>;
export const SellerConnectionEventResponse = z
  .object({ event: SellerConnectionEvent })
  .meta({ id: "SellerConnectionEventResponse" });
export const SellerConnectionEventList = page(SellerConnectionEvent).meta({ id: "SellerConnectionEventList" });
export type SellerConnectionEventList = z.infer<typeof SellerConnectionEventList>;
export const SellerConnectionEventQuery = z.object({ ...PageQuery }).strict();
