import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Helpers acting for stalls: the grants an owner gives (scopes, status, expiry) and the append-only audit of every
 * write made under one (a trigger refuses UPDATE and DELETE on it).
 */
export class StallGrantsAudit1764470000000 implements MigrationInterface {
  name = "StallGrantsAudit1764470000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "stall_audit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "stall_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "grant_id" uuid, "route" character varying(200) NOT NULL, "target_id" uuid, "before" jsonb, "after" jsonb, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b0d5490a257093f95d2d69e0ab" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_6a86378ee6a7698a03486162b2" ON "stall_audit" ("actor_id")`);
    await q.query(`CREATE INDEX "IDX_stall_audit_stall_at" ON "stall_audit" ("stall_id", "at")`);
    await q.query(
      `CREATE FUNCTION "stall_audit_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'stall_audit is append-only'; END $$`,
    );
    await q.query(
      `CREATE TRIGGER "stall_audit_append_only" BEFORE UPDATE OR DELETE ON "stall_audit" FOR EACH ROW EXECUTE FUNCTION "stall_audit_append_only"()`,
    );
    await q.query(
      `CREATE TABLE "stall_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stall_id" uuid NOT NULL, "helper_id" uuid NOT NULL, "scopes" text array NOT NULL, "status" character varying(20) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_stall_grant_status" CHECK ("status" IN ('awaiting_consent', 'active', 'revoked', 'expired')), CONSTRAINT "PK_e1721699a817c450afd3943324f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_df7c79fa66c52c865e89b351ec" ON "stall_grant" ("helper_id")`);
    await q.query(`CREATE INDEX "IDX_stall_grant_stall_helper" ON "stall_grant" ("stall_id", "helper_id")`);
    await q.query(
      `ALTER TABLE "stall_grant" ADD CONSTRAINT "FK_74de09074a78f9c539175e5b595" FOREIGN KEY ("stall_id") REFERENCES "stall"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stall_grant" ADD CONSTRAINT "FK_df7c79fa66c52c865e89b351ec6" FOREIGN KEY ("helper_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "stall_grant" DROP CONSTRAINT "FK_df7c79fa66c52c865e89b351ec6"`);
    await q.query(`ALTER TABLE "stall_grant" DROP CONSTRAINT "FK_74de09074a78f9c539175e5b595"`);
    await q.query(`DROP INDEX "public"."IDX_stall_grant_stall_helper"`);
    await q.query(`DROP INDEX "public"."IDX_df7c79fa66c52c865e89b351ec"`);
    await q.query(`DROP TABLE "stall_grant"`);
    await q.query(`DROP TRIGGER "stall_audit_append_only" ON "stall_audit"`);
    await q.query(`DROP FUNCTION "stall_audit_append_only"()`);
    await q.query(`DROP INDEX "public"."IDX_stall_audit_stall_at"`);
    await q.query(`DROP INDEX "public"."IDX_6a86378ee6a7698a03486162b2"`);
    await q.query(`DROP TABLE "stall_audit"`);
  }
}
