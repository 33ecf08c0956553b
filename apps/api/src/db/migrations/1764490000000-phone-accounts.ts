import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Accounts that live on a phone number: a shopper who signs in by SMS code, a producer onboarded by a helper. The
 * e-mail and password become optional; `phone_e164` is the verified sign-in number (unique), `phone_verified_at`
 * when its owner proved it. Every account keeps at least one way in. (`phone` stays the free-text contact number.)
 */
export class PhoneAccounts1764490000000 implements MigrationInterface {
  name = "PhoneAccounts1764490000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" ALTER COLUMN "email" DROP NOT NULL`);
    await q.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await q.query(`ALTER TABLE "app_user" ADD "phone_e164" character varying(16)`);
    await q.query(`ALTER TABLE "app_user" ADD "phone_verified_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE UNIQUE INDEX "UQ_app_user_phone_e164" ON "app_user" ("phone_e164")`);
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "CHK_app_user_identifier" CHECK ("email" IS NOT NULL OR "phone_e164" IS NOT NULL)`,
    );
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "CHK_app_user_phone_e164" CHECK ("phone_e164" IS NULL OR "phone_e164" ~ '^\\+[1-9][0-9]{6,14}$')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "CHK_app_user_phone_e164"`);
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "CHK_app_user_identifier"`);
    await q.query(`DROP INDEX "public"."UQ_app_user_phone_e164"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "phone_verified_at"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "phone_e164"`);
    await q.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" SET NOT NULL`);
    await q.query(`ALTER TABLE "app_user" ALTER COLUMN "email" SET NOT NULL`);
  }
}
