import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Connection events (supply–demand forums, fairs, online sessions): the event, the demands presented at it, and
 * the stalls registered to attend (one row per event and stall: the primary key makes registering idempotent).
 */
export class ConnectionEvents1764820000000 implements MigrationInterface {
  name = "ConnectionEvents1764820000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "connection_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "created_by_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE RESTRICT,
        "slug" character varying(120) NOT NULL, "title" character varying(160) NOT NULL, "kind" character varying(8) NOT NULL,
        "description" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "place" character varying(300), "link" character varying(500), "province" character varying(40),
        "status" character varying(16) NOT NULL DEFAULT 'draft', "cancel_reason" text,
        "published_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_connection_event" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_connection_event_slug" UNIQUE ("slug"),
        CONSTRAINT "CHK_connection_event_kind" CHECK (kind IN ('forum', 'fair', 'online')),
        CONSTRAINT "CHK_connection_event_status" CHECK (status IN ('draft', 'published', 'cancelled')),
        CONSTRAINT "CHK_connection_event_times" CHECK (ends_at > starts_at),
        CONSTRAINT "CHK_connection_event_where" CHECK (place IS NOT NULL OR link IS NOT NULL),
        CONSTRAINT "CHK_connection_event_online_link" CHECK (kind <> 'online' OR link IS NOT NULL))`,
    );
    // The public lists: published events not yet ended (soonest first) or ended (newest first), by their times.
    await q.query(`CREATE INDEX "IDX_connection_event_public" ON "connection_event" ("status", "ends_at", "starts_at")`);
    // The admins' list: every event, newest start first.
    await q.query(`CREATE INDEX "IDX_connection_event_starts" ON "connection_event" ("starts_at" DESC)`);

    // The demands presented at an event; the primary key refuses presenting one twice.
    await q.query(
      `CREATE TABLE "connection_event_demand" ("event_id" uuid NOT NULL REFERENCES "connection_event"("id") ON DELETE CASCADE, "demand_id" uuid NOT NULL REFERENCES "demand"("id") ON DELETE CASCADE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_connection_event_demand" PRIMARY KEY ("event_id", "demand_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_connection_event_demand_demand" ON "connection_event_demand" ("demand_id")`);

    // Stalls registered to attend: one row per event and stall, whoever (owner or helper) registered it.
    await q.query(
      `CREATE TABLE "connection_event_registration" ("event_id" uuid NOT NULL REFERENCES "connection_event"("id") ON DELETE CASCADE, "stall_id" uuid NOT NULL REFERENCES "stall"("id") ON DELETE CASCADE, "registered_by_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE RESTRICT, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_connection_event_registration" PRIMARY KEY ("event_id", "stall_id"))`,
    );
    // A stall's registrations (the seller's list marks them).
    await q.query(`CREATE INDEX "IDX_connection_event_registration_stall" ON "connection_event_registration" ("stall_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "connection_event_registration"`);
    await q.query(`DROP TABLE "connection_event_demand"`);
    await q.query(`DROP TABLE "connection_event"`);
  }
}
