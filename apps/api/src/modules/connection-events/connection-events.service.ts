import type { DataSource, EntityManager } from "typeorm";
import {
  type AdminConnectionEvent,
  type ConnectionEvent,
  type ConnectionEventDetail,
  type CreateConnectionEventRequest,
  eventFieldIssues,
  type EventStatus,
  foldVietnamese,
  type UpdateConnectionEventRequest,
} from "@chophien/contracts";
import { isUniqueViolation } from "../../db/errors";
import { nextFreeSlug } from "../../db/slugs";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import { DEMAND_SELECT } from "../demands/demands.service";
import { type DemandRow, presentPublicDemand } from "../demands/demands.presenter";
import type { User } from "../users/user.entity";
import { type EventRow, presentAdminEvent, presentEvent } from "./connection-events.presenter";
import { type EventMove, nextEventStatus } from "./event-state";
import { eventResults } from "./event-results";

/** An event with its counts of presented demands and registered stalls. */
export const EVENT_SELECT = `SELECT e.id, e.slug, e.title, e.kind, e.description, e.starts_at, e.ends_at, e.place, e.link, e.province,
       e.status, e.cancel_reason, e.published_at, e.cancelled_at, e.created_at,
       (SELECT count(*)::int FROM connection_event_demand ed WHERE ed.event_id = e.id) AS demand_count,
       (SELECT count(*)::int FROM connection_event_registration er WHERE er.event_id = e.id) AS registration_count
  FROM connection_event e`;

/** Demands of these states may be presented (a closed or expired one has nothing left to show). */
const PRESENTABLE = ["open", "awarded", "fulfilled"];
const DONE: Record<EventMove, string> = { publish: "published", cancel: "cancelled", edit: "edited" };

/**
 * Published events not yet ended, soonest first, or ended, newest first. IDX_connection_event_public
 * (status, ends_at, starts_at) answers the filter.
 */
export function whenFilter(when: "upcoming" | "past"): { where: string; order: string } {
  return when === "upcoming"
    ? { where: "e.ends_at > $1", order: "e.starts_at, e.id" }
    : { where: "e.ends_at <= $1", order: "e.starts_at DESC, e.id" };
}

/** Connection events: admins plan, publish, cancel and present demands; the public reads published ones. */
export class ConnectionEventsService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
  ) {}

  /** POST /api/admin/events: a draft with a slug from its title (a taken slug is retried with the next number). */
  async create(admin: User, input: CreateConnectionEventRequest): Promise<AdminConnectionEvent> {
    for (let attempt = 1; ; attempt++) {
      try {
        const id = await this.ds.transaction(async (m) => {
          const text = /[a-z0-9]/.test(foldVietnamese(input.title)) ? input.title : "su kien";
          const [row] = await m.query<{ id: string }[]>(
            `INSERT INTO connection_event (created_by_id, slug, title, kind, description, starts_at, ends_at, place, link, province)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
            [
              admin.id,
              await nextFreeSlug(m, "connection_event", text),
              input.title,
              input.kind,
              input.description,
              new Date(input.startsAt),
              new Date(input.endsAt),
              input.place ?? null,
              input.link ?? null,
              input.province ?? null,
            ],
          );
          return row!.id;
        });
        return this.adminGet(id);
      } catch (err) {
        if (!isUniqueViolation(err) || attempt >= 3) throw err;
      }
    }
  }

  /** PATCH /api/admin/events/:id: any fields of a draft or published event; the merged event obeys the rules. */
  async update(id: string, patch: UpdateConnectionEventRequest): Promise<AdminConnectionEvent> {
    await this.ds.transaction(async (m) => {
      const e = await this.lock(m, id);
      this.allowed(e, "edit");
      const merged = {
        title: patch.title ?? e.title,
        kind: patch.kind ?? e.kind,
        description: patch.description ?? e.description,
        startsAt: patch.startsAt ?? e.starts_at.toISOString(),
        endsAt: patch.endsAt ?? e.ends_at.toISOString(),
        place: patch.place === undefined ? e.place : patch.place,
        link: patch.link === undefined ? e.link : patch.link,
        province: patch.province === undefined ? e.province : patch.province,
      };
      const issues = eventFieldIssues(merged);
      if (issues.length)
        throw new AppError(
          "validation_failed",
          "The event is not valid",
          issues.map((i) => ({ path: `body.${i.path}`, message: i.message })),
        );
      await m.query(
        `UPDATE connection_event SET title = $2, kind = $3, description = $4, starts_at = $5, ends_at = $6, place = $7, link = $8,
                province = $9, updated_at = now() WHERE id = $1`,
        [
          id,
          merged.title,
          merged.kind,
          merged.description,
          new Date(merged.startsAt),
          new Date(merged.endsAt),
          merged.place,
          merged.link,
          merged.province,
        ],
      );
    });
    return this.adminGet(id);
  }

  /** POST /api/admin/events/:id/publish: a draft becomes visible to the public and open to registrations. */
  async publish(id: string): Promise<AdminConnectionEvent> {
    await this.ds.transaction(async (m) => {
      const e = await this.lock(m, id);
      await this.move(m, e, "publish", `published_at = now()`, []);
    });
    return this.adminGet(id);
  }

  /** POST /api/admin/events/:id/cancel: a draft or an event not yet ended is called off, with a reason. */
  async cancel(id: string, reason: string): Promise<AdminConnectionEvent> {
    await this.ds.transaction(async (m) => {
      const e = await this.lock(m, id);
      if (e.status === "published" && e.ends_at.getTime() <= this.clock.now().getTime())
        throw AppError.conflict("The event has already ended; it cannot be cancelled");
      await this.move(m, e, "cancel", `cancel_reason = $3, cancelled_at = now()`, [reason]);
    });
    return this.adminGet(id);
  }

  /** POST /api/admin/events/:id/demands: present an open, awarded or fulfilled demand of a verified organisation. */
  async present(id: string, demandId: string): Promise<AdminConnectionEvent> {
    await this.ds.transaction(async (m) => {
      const e = await this.lock(m, id);
      if (e.status === "cancelled") throw AppError.conflict("The event is cancelled");
      const [d] = await m.query<{ status: string; org_status: string }[]>(
        `SELECT d.status, o.status AS org_status FROM demand d JOIN organisation o ON o.id = d.organisation_id WHERE d.id = $1`,
        [demandId],
      );
      if (!d) throw AppError.notFound("Demand");
      if (d.org_status !== "verified") throw AppError.conflict("Only demands of verified organisations can be presented");
      if (!PRESENTABLE.includes(d.status))
        throw AppError.conflict(`A ${d.status} demand cannot be presented: only open, awarded or fulfilled ones`);
      const added = await m.query<unknown[]>(
        `INSERT INTO connection_event_demand (event_id, demand_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING demand_id`,
        [id, demandId],
      );
      if (!added.length) throw AppError.conflict("This demand is already presented at the event");
    });
    return this.adminGet(id);
  }

  /** DELETE /api/admin/events/:id/demands/:demandId: no longer presented (404 when it was not). */
  async unpresent(id: string, demandId: string): Promise<AdminConnectionEvent> {
    await this.ds.transaction(async (m) => {
      await this.lock(m, id);
      const [, removed] = await m.query<[unknown[], number]>(
        `DELETE FROM connection_event_demand WHERE event_id = $1 AND demand_id = $2`,
        [id, demandId],
      );
      if (!removed) throw AppError.notFound("Presented demand");
    });
    return this.adminGet(id);
  }

  /** GET /api/admin/events: every event (drafts and cancelled too), newest start first, with its counts. */
  async adminList(f: { status?: EventStatus; page: number; limit: number }) {
    const where = f.status ? `WHERE e.status = $3` : "";
    const rows = await this.ds.query<EventRow[]>(`${EVENT_SELECT} ${where} ORDER BY e.starts_at DESC, e.id LIMIT $1 OFFSET $2`, [
      f.limit,
      (f.page - 1) * f.limit,
      ...(f.status ? [f.status] : []),
    ]);
    const [{ total }] = await this.ds.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM connection_event e ${f.status ? "WHERE e.status = $1" : ""}`,
      f.status ? [f.status] : [],
    );
    const ids = await this.demandIds(rows.map((r) => r.id));
    return { items: rows.map((r) => presentAdminEvent(r, ids.get(r.id) ?? [])), total };
  }

  async adminGet(id: string): Promise<AdminConnectionEvent> {
    const [row] = await this.ds.query<EventRow[]>(`${EVENT_SELECT} WHERE e.id = $1`, [id]);
    if (!row) throw AppError.notFound("Event");
    return presentAdminEvent(row, (await this.demandIds([id])).get(id) ?? []);
  }

  /** GET /api/events: published events, upcoming (not yet ended, soonest first) or past (newest first). */
  async list(f: {
    when: "upcoming" | "past";
    page: number;
    limit: number;
  }): Promise<{ items: ConnectionEvent[]; total: number }> {
    const { where, order } = whenFilter(f.when);
    const now = this.clock.now();
    const rows = await this.ds.query<EventRow[]>(
      `${EVENT_SELECT} WHERE e.status = 'published' AND ${where} ORDER BY ${order} LIMIT $2 OFFSET $3`,
      [now, f.limit, (f.page - 1) * f.limit],
    );
    const [{ total }] = await this.ds.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM connection_event e WHERE e.status = 'published' AND ${where}`,
      [now],
    );
    return { items: rows.map(presentEvent), total };
  }

  /**
   * GET /api/events/:slug: a published event (or one cancelled after it was published) with its presented demands
   * (the demand board's public shape: never the buyer's contacts), the stalls attending, and results once started.
   */
  async get(slug: string): Promise<ConnectionEventDetail> {
    const [row] = await this.ds.query<EventRow[]>(`${EVENT_SELECT} WHERE e.slug = $1 AND e.published_at IS NOT NULL`, [slug]);
    if (!row) throw AppError.notFound("Event");
    const demands = await this.ds.query<DemandRow[]>(
      `${DEMAND_SELECT} JOIN connection_event_demand ed ON ed.demand_id = d.id WHERE ed.event_id = $1
        ORDER BY ed.created_at, d.id`,
      [row.id],
    );
    const stalls = await this.ds.query<{ name: string; slug: string }[]>(
      `SELECT s.name, s.slug FROM connection_event_registration er JOIN stall s ON s.id = er.stall_id
        WHERE er.event_id = $1 ORDER BY s.name, s.id`,
      [row.id],
    );
    const started = row.starts_at.getTime() <= this.clock.now().getTime();
    return {
      ...presentEvent(row),
      demands: demands.map(presentPublicDemand),
      stalls: stalls.map((s) => ({ name: s.name, slug: s.slug })),
      results: started ? await eventResults(this.ds, row.id) : null,
    };
  }

  private async demandIds(eventIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!eventIds.length) return out;
    const rows = await this.ds.query<{ event_id: string; demand_id: string }[]>(
      `SELECT event_id, demand_id FROM connection_event_demand WHERE event_id = ANY($1) ORDER BY created_at, demand_id`,
      [eventIds],
    );
    for (const r of rows) out.set(r.event_id, [...(out.get(r.event_id) ?? []), r.demand_id]);
    return out;
  }

  private async lock(m: EntityManager, id: string): Promise<EventRow> {
    const [row] = await m.query<EventRow[]>(`${EVENT_SELECT} WHERE e.id = $1 FOR UPDATE OF e`, [id]);
    if (!row) throw AppError.notFound("Event");
    return row;
  }

  private allowed(e: EventRow, move: EventMove): EventStatus {
    const to = nextEventStatus(e.status, move);
    if (!to) throw AppError.conflict(`A ${e.status} event cannot be ${DONE[move]}`);
    return to;
  }

  /** A guarded status change (`set` may use $3…), so a concurrent move cannot pass the same check. */
  private async move(m: EntityManager, e: EventRow, move: EventMove, set: string, params: unknown[]): Promise<void> {
    const to = this.allowed(e, move);
    const [, changed] = await m.query<[unknown[], number]>(
      `UPDATE connection_event SET status = $2, ${set}, updated_at = now() WHERE id = $1 AND status = $${params.length + 3}`,
      [e.id, to, ...params, e.status],
    );
    if (!changed) throw AppError.conflict("The event changed meanwhile");
  }
}
