import type { DataSource, EntityManager } from "typeorm";
import type { SellerConnectionEvent } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import type { ActingStall } from "../helpers/acting-stall";
import { EVENT_SELECT } from "./connection-events.service";
import { type EventRow, presentEvent } from "./connection-events.presenter";

/** Events (`x`, from EVENT_SELECT) with whether the stall $2 registered for each. */
const WITH_REGISTERED = `SELECT x.*, EXISTS (SELECT 1 FROM connection_event_registration er WHERE er.event_id = x.id AND er.stall_id = $2) AS registered
  FROM`;

/** Stalls registering to attend connection events, through the acting-stall context (a helper's work is audited). */
export class EventRegistrationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * POST /api/seller/events/:id/register: a published event not yet ended (a draft is 404, cancelled or ended 409).
   * Once per stall: the primary key (event_id, stall_id) makes a second call — even a concurrent one — change nothing.
   */
  async register(ctx: ActingStall, eventId: string): Promise<SellerConnectionEvent> {
    await this.ds.transaction(async (m) => {
      await this.open(m, eventId);
      const added = await m.query<unknown[]>(
        `INSERT INTO connection_event_registration (event_id, stall_id, registered_by_id) VALUES ($1, $2, $3)
         ON CONFLICT (event_id, stall_id) DO NOTHING RETURNING event_id`,
        [eventId, ctx.stall.id, ctx.actor.id],
      );
      if (added.length) await ctx.audit(m, { targetId: eventId, before: { registered: false }, after: { registered: true } });
    });
    return this.one(ctx.stall.id, eventId);
  }

  /** POST /api/seller/events/:id/unregister: the same rules; not being registered is no error. */
  async unregister(ctx: ActingStall, eventId: string): Promise<SellerConnectionEvent> {
    await this.ds.transaction(async (m) => {
      await this.open(m, eventId);
      const [, removed] = await m.query<[unknown[], number]>(
        `DELETE FROM connection_event_registration WHERE event_id = $1 AND stall_id = $2`,
        [eventId, ctx.stall.id],
      );
      if (removed) await ctx.audit(m, { targetId: eventId, before: { registered: true }, after: { registered: false } });
    });
    return this.one(ctx.stall.id, eventId);
  }

  /** GET /api/seller/events: published events not yet ended, soonest first, each saying whether the stall registered. */
  async upcoming(
    stallId: string,
    f: { page: number; limit: number },
  ): Promise<{ items: SellerConnectionEvent[]; total: number }> {
    const now = this.clock.now();
    const rows = await this.ds.query<(EventRow & { registered: boolean })[]>(
      `${WITH_REGISTERED} (${EVENT_SELECT} WHERE e.status = 'published' AND e.ends_at > $1) x
        ORDER BY x.starts_at, x.id LIMIT $3 OFFSET $4`,
      [now, stallId, f.limit, (f.page - 1) * f.limit],
    );
    const [{ total }] = await this.ds.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM connection_event e WHERE e.status = 'published' AND e.ends_at > $1`,
      [now],
    );
    return { items: rows.map((r) => ({ ...presentEvent(r), registered: r.registered })), total };
  }

  /** The event, shared-locked so an admin's cancel waits for this registration (and the other way round). */
  private async open(m: EntityManager, eventId: string): Promise<void> {
    const [e] = await m.query<{ status: string; ends_at: Date }[]>(
      `SELECT status, ends_at FROM connection_event WHERE id = $1 FOR SHARE`,
      [eventId],
    );
    if (!e || e.status === "draft") throw AppError.notFound("Event");
    if (e.status === "cancelled") throw AppError.conflict("The event is cancelled");
    if (e.ends_at.getTime() <= this.clock.now().getTime()) throw AppError.conflict("The event has ended");
  }

  private async one(stallId: string, eventId: string): Promise<SellerConnectionEvent> {
    const [row] = await this.ds.query<(EventRow & { registered: boolean })[]>(
      `${WITH_REGISTERED} (${EVENT_SELECT} WHERE e.id = $1) x`,
      [eventId, stallId],
    );
    if (!row) throw AppError.notFound("Event");
    return { ...presentEvent(row), registered: row.registered };
  }
}
