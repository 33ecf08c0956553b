import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The supply–demand board: a verified organisation's demands, the stalls matched (and mailed) once per demand,
 * stalls' offers with their counter rounds (fixed versions), and each stall's daily offer counter.
 */
export class Demands1764810000000 implements MigrationInterface {
  name = "Demands1764810000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "demand" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "organisation_id" uuid NOT NULL REFERENCES "organisation"("id") ON DELETE RESTRICT,
        "created_by_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE RESTRICT,
        "title" character varying(160) NOT NULL, "category_id" uuid REFERENCES "category"("id") ON DELETE SET NULL,
        "description" text NOT NULL, "quantity" integer NOT NULL, "unit" character varying(24) NOT NULL,
        "tolerance_pct" smallint NOT NULL, "deliveries" jsonb NOT NULL DEFAULT '[]', "province" character varying(40),
        "requirements" jsonb NOT NULL DEFAULT '{}', "price_min" integer, "price_max" integer,
        "respond_by" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open',
        "awarded_quantity" integer NOT NULL DEFAULT 0, "search_text" text NOT NULL,
        "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED,
        CONSTRAINT "PK_demand" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_demand_quantity" CHECK (quantity > 0),
        CONSTRAINT "CHK_demand_tolerance" CHECK (tolerance_pct BETWEEN 0 AND 50),
        CONSTRAINT "CHK_demand_price_range" CHECK (price_min IS NULL OR price_min <= price_max),
        CONSTRAINT "CHK_demand_awarded" CHECK (awarded_quantity * 100 <= quantity * (100 + tolerance_pct)))`,
    );
    // The board: a status (open by default), newest first; the planner reads it down this index.
    await q.query(`CREATE INDEX "IDX_demand_board" ON "demand" ("status", "created_at" DESC)`);
    // q: the folded title and description as words (the catalog's 'simple' configuration, folded in code).
    await q.query(`CREATE INDEX "IDX_demand_search" ON "demand" USING GIN ("search_vector")`);
    // My demands: the organisation's, newest first.
    await q.query(`CREATE INDEX "IDX_demand_organisation" ON "demand" ("organisation_id", "created_at" DESC)`);
    // The expiry sweep reads only open demands, by their deadline.
    await q.query(`CREATE INDEX "IDX_demand_due" ON "demand" ("respond_by") WHERE status = 'open'`);

    // Whom a demand was announced to: the primary key makes the mail once per demand and stall.
    await q.query(
      `CREATE TABLE "demand_match" ("demand_id" uuid NOT NULL REFERENCES "demand"("id") ON DELETE CASCADE, "stall_id" uuid NOT NULL REFERENCES "stall"("id") ON DELETE CASCADE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_demand_match" PRIMARY KEY ("demand_id", "stall_id"))`,
    );
    // "Demands for me": a stall's matches.
    await q.query(`CREATE INDEX "IDX_demand_match_stall" ON "demand_match" ("stall_id", "created_at" DESC)`);

    await q.query(
      `CREATE TABLE "demand_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "demand_id" uuid NOT NULL REFERENCES "demand"("id") ON DELETE CASCADE,
        "stall_id" uuid NOT NULL REFERENCES "stall"("id") ON DELETE RESTRICT,
        "created_by_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE RESTRICT,
        "quantity" integer NOT NULL, "unit_price" integer NOT NULL, "deliveries" jsonb NOT NULL DEFAULT '[]',
        "message" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "rounds" smallint NOT NULL DEFAULT 1,
        "awarded_quantity" integer, "decline_reason" text, "shortlisted_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_demand_offer" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_demand_offer_amounts" CHECK (quantity > 0 AND unit_price > 0))`,
    );
    // One live offer per stall and demand: a second one (even two at once) meets this index, not a prior read.
    await q.query(
      `CREATE UNIQUE INDEX "UQ_demand_offer_live" ON "demand_offer" ("demand_id", "stall_id") WHERE status IN ('open', 'shortlisted', 'awarded')`,
    );
    // The buyer's view (a demand's offers) and the stall's own offers, newest first.
    await q.query(`CREATE INDEX "IDX_demand_offer_demand" ON "demand_offer" ("demand_id", "created_at")`);
    await q.query(`CREATE INDEX "IDX_demand_offer_stall" ON "demand_offer" ("stall_id", "created_at" DESC)`);

    // Each round of an offer (1: the stall's opening, then counters) is a fixed version: never updated.
    await q.query(
      `CREATE TABLE "demand_offer_round" ("offer_id" uuid NOT NULL REFERENCES "demand_offer"("id") ON DELETE CASCADE, "round" smallint NOT NULL, "by" character varying(8) NOT NULL, "unit_price" integer NOT NULL, "quantity" integer NOT NULL, "message" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_demand_offer_round" PRIMARY KEY ("offer_id", "round"))`,
    );
    await q.query(
      `CREATE FUNCTION demand_offer_round_fixed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'demand offer rounds are fixed versions'; END $$`,
    );
    await q.query(
      `CREATE TRIGGER "TRG_demand_offer_round_fixed" BEFORE UPDATE ON "demand_offer_round" FOR EACH ROW EXECUTE FUNCTION demand_offer_round_fixed()`,
    );

    // New offers per stall and GMT+7 day: a guarded counter (the upsert's row lock serialises one stall's posts).
    await q.query(
      `CREATE TABLE "demand_offer_quota" ("stall_id" uuid NOT NULL REFERENCES "stall"("id") ON DELETE CASCADE, "day" date NOT NULL, "used" integer NOT NULL, CONSTRAINT "PK_demand_offer_quota" PRIMARY KEY ("stall_id", "day"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "demand_offer_quota"`);
    await q.query(`DROP TABLE "demand_offer_round"`);
    await q.query(`DROP FUNCTION demand_offer_round_fixed()`);
    await q.query(`DROP TABLE "demand_offer"`);
    await q.query(`DROP TABLE "demand_match"`);
    await q.query(`DROP TABLE "demand"`);
  }
}
