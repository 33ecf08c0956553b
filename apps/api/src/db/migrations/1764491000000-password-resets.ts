import type { MigrationInterface, QueryRunner } from "typeorm";

/** One-time links serve two purposes now: signing in while an account is under attack, and resetting a forgotten password. */
export class PasswordResets1764491000000 implements MigrationInterface {
  name = "PasswordResets1764491000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sign_in_link" ADD "purpose" character varying(16) NOT NULL DEFAULT 'sign_in'`);
    await q.query(
      `ALTER TABLE "sign_in_link" ADD CONSTRAINT "CHK_sign_in_link_purpose" CHECK ("purpose" IN ('sign_in', 'password_reset'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sign_in_link" DROP CONSTRAINT "CHK_sign_in_link_purpose"`);
    await q.query(`ALTER TABLE "sign_in_link" DROP COLUMN "purpose"`);
  }
}
