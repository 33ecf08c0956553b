import type { MigrationInterface, QueryRunner } from "typeorm";

/** Accounts: users and their refresh-token families. */
export class Initial1764330000000 implements MigrationInterface {
  name = "Initial1764330000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "password_hash" text NOT NULL, "full_name" character varying(120) NOT NULL, "phone" character varying(20), "role" character varying(16) NOT NULL, "token_version" integer NOT NULL DEFAULT 0, CONSTRAINT "CHK_app_user_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "CHK_app_user_role" CHECK ("role" IN ('shopper', 'seller', 'admin')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_app_user_email" ON "app_user" ("email")`);
    await q.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(32), CONSTRAINT "UQ_f0812282fad2e352cdaf83ef0a9" UNIQUE ("token_hash"), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token" ("user_id")`);
    await q.query(`CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token" ("family_id")`);
    await q.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`);
    await q.query(`DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"`);
    await q.query(`DROP INDEX "public"."IDX_6bbe63d2fe75e7f0ba1710351d"`);
    await q.query(`DROP TABLE "refresh_token"`);
    await q.query(`DROP INDEX "public"."UQ_app_user_email"`);
    await q.query(`DROP TABLE "app_user"`);
  }
}
