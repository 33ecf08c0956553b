import type { AdminConnectionEvent, ConnectionEvent, EventDeal, EventKind, EventResults, EventStatus } from "@chophien/contracts";

/** A `connection_event` row as EVENT_SELECT reads it (connection-events.service.ts). */
export interface EventRow {
  id: string;
  slug: string;
  title: string;
  kind: EventKind;
  description: string;
  starts_at: Date;
  ends_at: Date;
  place: string | null;
  link: string | null;
  province: string | null;
  status: EventStatus;
  cancel_reason: string | null;
  published_at: Date | null;
  cancelled_at: Date | null;
  created_at: Date;
  demand_count: number;
  registration_count: number;
}

/** A presented demand's counts as EVENT_RESULTS_SQL reads them (event-results.ts). */
export interface DemandResultRow {
  demand_id: string;
  title: string;
  offers: number;
  stalls_offered: number;
  deals: EventDeal[];
}

/** An event as the public, stalls and admins all see it (whitelisted: the creator and internal times stay in). */
export function presentEvent(r: EventRow): ConnectionEvent {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    kind: r.kind,
    description: r.description,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    place: r.place,
    link: r.link,
    province: r.province,
    status: r.status,
    cancelReason: r.cancel_reason,
    demandCount: r.demand_count,
    registrationCount: r.registration_count,
    createdAt: r.created_at.toISOString(),
  };
}

/** The admins' view: the presented demands' ids and when it was published or cancelled. */
export function presentAdminEvent(r: EventRow, demandIds: string[]): AdminConnectionEvent {
  return {
    ...presentEvent(r),
    demandIds,
    publishedAt: r.published_at?.toISOString() ?? null,
    cancelledAt: r.cancelled_at?.toISOString() ?? null,
  };
}

/** Per presented demand its offers, the stalls that offered and its deals; totals over them (deal value in đồng). */
export function presentResults(rows: DemandResultRow[]): EventResults {
  const demands = rows.map((r) => ({
    demandId: r.demand_id,
    title: r.title,
    offers: r.offers,
    stallsOffered: r.stalls_offered,
    deals: r.deals.map((d) => ({
      stallName: d.stallName,
      stallSlug: d.stallSlug,
      quantity: d.quantity,
      unitPrice: d.unitPrice,
      value: d.quantity * d.unitPrice,
      orders: { made: d.orders.made, delivered: d.orders.delivered, paid: d.orders.paid },
    })),
  }));
  const deals = demands.flatMap((d) => d.deals);
  return {
    demands,
    totals: {
      demands: demands.length,
      offers: demands.reduce((s, d) => s + d.offers, 0),
      deals: deals.length,
      dealValue: deals.reduce((s, d) => s + d.value, 0),
      orders: deals.reduce((s, d) => s + d.orders.made, 0),
      delivered: deals.reduce((s, d) => s + d.orders.delivered, 0),
      paid: deals.reduce((s, d) => s + d.orders.paid, 0),
    },
  };
}
