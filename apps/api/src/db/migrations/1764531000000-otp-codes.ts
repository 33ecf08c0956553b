import type { MigrationInterface, QueryRunner } from "typeorm";

/** One-time codes sent by SMS for phone sign-in: only a keyed hash of the code is kept. */
export class OtpCodes1764531000000 implements MigrationInterface {
  name = "OtpCodes1764531000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "otp_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "phone_e164" character varying(16) NOT NULL, "code_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT 0, "consumed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_otp_code" PRIMARY KEY ("id"), CONSTRAINT "CHK_otp_code_attempts" CHECK ("attempts" >= 0 AND "attempts" <= 5))`,
    );
    await q.query(`CREATE INDEX "IDX_otp_code_phone" ON "otp_code" ("phone_e164", "created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "otp_code"`);
  }
}
