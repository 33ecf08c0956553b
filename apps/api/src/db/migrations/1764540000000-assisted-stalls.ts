import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Assisted stalls: helpers (an admin makes a user a helper for an organisation), consent on grants (a hashed
 * 6-digit code with attempts and expiry, or an admin-witnessed paper consent), onboarding of producers by helpers
 * (with a claim link) and the weekly digest sent exactly once per stall and week.
 */
export class AssistedStalls1764540000000 implements MigrationInterface {
  name = "AssistedStalls1764540000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "helper" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "organisation" character varying(160) NOT NULL, "created_by_id" uuid NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_by_id" uuid, CONSTRAINT "PK_82518ce11e4f22afb05ebe509d5" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_helper_open_user" ON "helper"  ("user_id") WHERE "ended_at" IS NULL`);
    await q.query(
      `CREATE TABLE "grant_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "admin_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "reason" text, "grant_id" uuid NOT NULL, CONSTRAINT "PK_4e0940d83ddf6685d4c9b33b373" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_14ded33aa0b72be27e2d520a31" ON "grant_decision"  ("grant_id")`);
    await q.query(
      `CREATE TABLE "stall_onboarding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stall_id" uuid NOT NULL, "helper_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "claim_token_hash" character varying(64) NOT NULL, "claim_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "claimed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_af88e3c04d3b696c1f9a3fb28c3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_stall_onboarding_stall" ON "stall_onboarding"  ("stall_id")`);
    await q.query(`CREATE INDEX "IDX_076629a96afbbd5483aaf958f9" ON "stall_onboarding"  ("helper_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_stall_onboarding_claim" ON "stall_onboarding"  ("claim_token_hash")`);
    await q.query(
      `CREATE TABLE "stall_digest" ("stall_id" uuid NOT NULL, "week_start" date NOT NULL, "actions" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f41af2438c1e592743f0ce866c" PRIMARY KEY ("stall_id", "week_start"))`,
    );
    await q.query(`ALTER TABLE "stall_grant" ADD "days" integer NOT NULL DEFAULT '180'`);
    await q.query(`ALTER TABLE "stall_grant" ADD "consent_code_hash" character varying(64)`);
    await q.query(`ALTER TABLE "stall_grant" ADD "consent_nonce" character varying(32)`);
    await q.query(`ALTER TABLE "stall_grant" ADD "consent_attempts" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "stall_grant" ADD "consent_expires_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "stall_grant" ADD "consented_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "stall_grant" ADD "consent_method" character varying(16)`);
    await q.query(`ALTER TABLE "stall_grant" ADD "revoked_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "stall_grant" ADD "revoked_by_id" uuid`);
    await q.query(
      `ALTER TABLE "stall_grant" ADD CONSTRAINT "CHK_stall_grant_consent_method" CHECK ("consent_method" IN ('code', 'witnessed'))`,
    );
    await q.query(`ALTER TABLE "stall_grant" ADD CONSTRAINT "CHK_stall_grant_days" CHECK ("days" BETWEEN 1 AND 365)`);
    await q.query(
      `ALTER TABLE "helper" ADD CONSTRAINT "FK_f78f91c6f606ba2cd4c3ae8e6df" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "grant_decision" ADD CONSTRAINT "FK_64e24f6fe6f067a58b387eb73a2" FOREIGN KEY ("admin_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "grant_decision" ADD CONSTRAINT "FK_14ded33aa0b72be27e2d520a315" FOREIGN KEY ("grant_id") REFERENCES "stall_grant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stall_onboarding" ADD CONSTRAINT "FK_7320c39b803397f53620ff84839" FOREIGN KEY ("stall_id") REFERENCES "stall"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stall_onboarding" ADD CONSTRAINT "FK_076629a96afbbd5483aaf958f90" FOREIGN KEY ("helper_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stall_onboarding" ADD CONSTRAINT "FK_bf9976756456abe458c9c6af2c7" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "stall_onboarding" DROP CONSTRAINT "FK_bf9976756456abe458c9c6af2c7"`);
    await q.query(`ALTER TABLE "stall_onboarding" DROP CONSTRAINT "FK_076629a96afbbd5483aaf958f90"`);
    await q.query(`ALTER TABLE "stall_onboarding" DROP CONSTRAINT "FK_7320c39b803397f53620ff84839"`);
    await q.query(`ALTER TABLE "grant_decision" DROP CONSTRAINT "FK_14ded33aa0b72be27e2d520a315"`);
    await q.query(`ALTER TABLE "grant_decision" DROP CONSTRAINT "FK_64e24f6fe6f067a58b387eb73a2"`);
    await q.query(`ALTER TABLE "helper" DROP CONSTRAINT "FK_f78f91c6f606ba2cd4c3ae8e6df"`);
    await q.query(`ALTER TABLE "stall_grant" DROP CONSTRAINT "CHK_stall_grant_days"`);
    await q.query(`ALTER TABLE "stall_grant" DROP CONSTRAINT "CHK_stall_grant_consent_method"`);
    await q.query(`ALTER TABLE "stall_grant" DROP COLUMN "revoked_by_id"`);
    await q.query(`ALTER TABLE "stall_grant" DROP COLUMN "revoked_at"`);
    await q.query(`ALTER TABLE "stall_grant" DROP COLUMN "consent_method"`);
    await q.query(`ALTER TABLE "stall_grant" DROP COLUMN "consented_at"`);
    await q.query(`ALTER TABLE "stall_grant" DROP COLUMN "consent_expires_at"`);
    await q.query(`ALTER TABLE "stall_grant" DROP COLUMN "consent_attempts"`);
    await q.query(`ALTER TABLE "stall_grant" DROP COLUMN "consent_nonce"`);
    await q.query(`ALTER TABLE "stall_grant" DROP COLUMN "consent_code_hash"`);
    await q.query(`ALTER TABLE "stall_grant" DROP COLUMN "days"`);
    await q.query(`DROP TABLE "stall_digest"`);
    await q.query(`DROP INDEX "public"."UQ_stall_onboarding_claim"`);
    await q.query(`DROP INDEX "public"."IDX_076629a96afbbd5483aaf958f9"`);
    await q.query(`DROP INDEX "public"."UQ_stall_onboarding_stall"`);
    await q.query(`DROP TABLE "stall_onboarding"`);
    await q.query(`DROP INDEX "public"."IDX_14ded33aa0b72be27e2d520a31"`);
    await q.query(`DROP TABLE "grant_decision"`);
    await q.query(`DROP INDEX "public"."UQ_helper_open_user"`);
    await q.query(`DROP TABLE "helper"`);
  }
}
