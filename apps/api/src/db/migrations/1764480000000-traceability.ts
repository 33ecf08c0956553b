import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Traceability: batches (lots) of products with a public code, their append-only hash-chained events, one row per
 * visitor and day that opened a trace page, and shoppers' problem reports. A trigger refuses UPDATE and DELETE on
 * `trace_event`, so the chain is append-only in the database too, not only in the API.
 */
export class Traceability1764480000000 implements MigrationInterface {
  name = "Traceability1764480000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "trace_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "product_id" uuid NOT NULL, "stall_id" uuid NOT NULL, "code" character varying(16) NOT NULL, "lot" character varying(64) NOT NULL, "produced_on" date NOT NULL, "best_before" date, "quantity" integer NOT NULL, "unit" character varying(32) NOT NULL, "inputs" jsonb NOT NULL, "note" text, "event_count" integer NOT NULL DEFAULT '0', "opens" integer NOT NULL DEFAULT '0', "copy_alarm_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_trace_batch_quantity" CHECK ("quantity" > 0), CONSTRAINT "PK_7af3c37b72554f6484f49e23252" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_f3baa77c7a75edbfe80ad24bfd" ON "trace_batch" ("stall_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_trace_batch_code" ON "trace_batch" ("code")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_trace_batch_product_lot" ON "trace_batch" ("product_id", "lot")`);
    await q.query(
      `CREATE TABLE "trace_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "batch_id" uuid NOT NULL, "seq" integer NOT NULL, "type" character varying(16) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" text, "note" text NOT NULL, "photo" jsonb, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_69810b611f8982ac162ca9caea2" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_trace_event_hash" ON "trace_event" ("hash")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_trace_event_batch_seq" ON "trace_event" ("batch_id", "seq")`);
    await q.query(
      `CREATE TABLE "trace_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "batch_id" uuid NOT NULL, "message" text NOT NULL, "contact" character varying(120), CONSTRAINT "PK_5c76626dcbd4051cb6ddcc94c29" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_a421c9c134ec5defe555cddbed" ON "trace_report" ("batch_id")`);
    await q.query(`CREATE INDEX "IDX_trace_report_created" ON "trace_report" ("created_at")`);
    await q.query(
      `CREATE TABLE "trace_scan" ("batch_id" uuid NOT NULL, "day" date NOT NULL, "visitor" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2cb49bd44bb18256edf9ec9e57c" PRIMARY KEY ("batch_id", "day", "visitor"))`,
    );
    await q.query(
      `ALTER TABLE "trace_batch" ADD CONSTRAINT "FK_f2ecc7674a03767a8d946858733" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "trace_batch" ADD CONSTRAINT "FK_f3baa77c7a75edbfe80ad24bfdf" FOREIGN KEY ("stall_id") REFERENCES "stall"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "trace_event" ADD CONSTRAINT "FK_acdcd73bf23dddfa3e20eb60f79" FOREIGN KEY ("batch_id") REFERENCES "trace_batch"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "trace_report" ADD CONSTRAINT "FK_a421c9c134ec5defe555cddbedc" FOREIGN KEY ("batch_id") REFERENCES "trace_batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE FUNCTION trace_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'trace_event is append-only'; END $$`,
    );
    await q.query(
      `CREATE TRIGGER "TRG_trace_event_append_only" BEFORE UPDATE OR DELETE ON "trace_event" FOR EACH ROW EXECUTE FUNCTION trace_event_append_only()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_trace_event_append_only" ON "trace_event"`);
    await q.query(`DROP FUNCTION trace_event_append_only()`);
    await q.query(`ALTER TABLE "trace_report" DROP CONSTRAINT "FK_a421c9c134ec5defe555cddbedc"`);
    await q.query(`ALTER TABLE "trace_event" DROP CONSTRAINT "FK_acdcd73bf23dddfa3e20eb60f79"`);
    await q.query(`ALTER TABLE "trace_batch" DROP CONSTRAINT "FK_f3baa77c7a75edbfe80ad24bfdf"`);
    await q.query(`ALTER TABLE "trace_batch" DROP CONSTRAINT "FK_f2ecc7674a03767a8d946858733"`);
    await q.query(`DROP TABLE "trace_scan"`);
    await q.query(`DROP INDEX "public"."IDX_trace_report_created"`);
    await q.query(`DROP INDEX "public"."IDX_a421c9c134ec5defe555cddbed"`);
    await q.query(`DROP TABLE "trace_report"`);
    await q.query(`DROP INDEX "public"."UQ_trace_event_batch_seq"`);
    await q.query(`DROP INDEX "public"."UQ_trace_event_hash"`);
    await q.query(`DROP TABLE "trace_event"`);
    await q.query(`DROP INDEX "public"."UQ_trace_batch_product_lot"`);
    await q.query(`DROP INDEX "public"."UQ_trace_batch_code"`);
    await q.query(`DROP INDEX "public"."IDX_f3baa77c7a75edbfe80ad24bfd"`);
    await q.query(`DROP TABLE "trace_batch"`);
  }
}
