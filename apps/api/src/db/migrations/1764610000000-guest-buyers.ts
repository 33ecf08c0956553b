import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Guest buyers: a shopper who checks out with a name and a phone number gets a buyer row without any way in
 * (`guest_phone_e164`, unique; no e-mail, password or verified number). Their orders move to whoever later proves
 * that number by SMS code.
 */
export class GuestBuyers1764610000000 implements MigrationInterface {
  name = "GuestBuyers1764610000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" ADD "guest_phone_e164" character varying(16)`);
    await q.query(`CREATE UNIQUE INDEX "UQ_app_user_guest_phone_e164" ON "app_user" ("guest_phone_e164")`);
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "CHK_app_user_identifier"`);
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "CHK_app_user_identifier" CHECK ("email" IS NOT NULL OR "phone_e164" IS NOT NULL OR "guest_phone_e164" IS NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "CHK_app_user_identifier"`);
    await q.query(`DELETE FROM "app_user" WHERE "email" IS NULL AND "phone_e164" IS NULL`);
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "CHK_app_user_identifier" CHECK ("email" IS NOT NULL OR "phone_e164" IS NOT NULL)`,
    );
    await q.query(`DROP INDEX "public"."UQ_app_user_guest_phone_e164"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "guest_phone_e164"`);
  }
}
