import type { MigrationInterface, QueryRunner } from "typeorm";

/** Saved addresses: at most 10 per account (checked in the service under a lock), one default per user (index). */
export class SavedAddresses1764710000000 implements MigrationInterface {
  name = "SavedAddresses1764710000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "saved_address" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "full_name" character varying(120) NOT NULL, "phone" character varying(20) NOT NULL, "province" character varying(60) NOT NULL, "district" character varying(120), "ward" character varying(120) NOT NULL, "street" character varying(255) NOT NULL, "is_default" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_saved_address" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_saved_address_user" ON "saved_address" ("user_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_saved_address_default" ON "saved_address" ("user_id") WHERE "is_default"`);
    await q.query(
      `ALTER TABLE "saved_address" ADD CONSTRAINT "FK_e54a7708f1e24495e93216d8c37" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "saved_address"`);
  }
}
