import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Business buyers: an organisation (one per tax code while pending or verified), its members, and the admins'
 * decisions on it (who, what, why, when — the columns of every admin decision).
 */
export class Organisations1764650000000 implements MigrationInterface {
  name = "Organisations1764650000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(160) NOT NULL, "tax_code" character varying(14) NOT NULL, "kind" character varying(16) NOT NULL, "province" character varying(40) NOT NULL, "address" character varying(300) NOT NULL, "phone" character varying(16) NOT NULL, "website" character varying(300), "status" character varying(16) NOT NULL DEFAULT 'pending', "reason" text, "created_by_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE RESTRICT, CONSTRAINT "PK_organisation" PRIMARY KEY ("id"))`,
    );
    // A rejected registration frees its tax code for a corrected one.
    await q.query(`CREATE UNIQUE INDEX "UQ_organisation_tax_code" ON "organisation" ("tax_code") WHERE status <> 'rejected'`);
    await q.query(`CREATE INDEX "IDX_organisation_status" ON "organisation" ("status", "created_at")`);
    await q.query(
      `CREATE TABLE "organisation_member" ("organisation_id" uuid NOT NULL REFERENCES "organisation"("id") ON DELETE CASCADE, "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE, "role" character varying(16) NOT NULL DEFAULT 'member', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_organisation_member" PRIMARY KEY ("organisation_id", "user_id"))`,
    );
    // One organisation per user: what they post is posted for it.
    await q.query(`CREATE UNIQUE INDEX "UQ_organisation_member_user" ON "organisation_member" ("user_id")`);
    await q.query(
      `CREATE TABLE "organisation_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL REFERENCES "organisation"("id") ON DELETE CASCADE, "admin_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE RESTRICT, "action" character varying(16) NOT NULL, "reason" text, CONSTRAINT "PK_organisation_decision" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_organisation_decision_org" ON "organisation_decision" ("organisation_id", "created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "organisation_decision"`);
    await q.query(`DROP TABLE "organisation_member"`);
    await q.query(`DROP TABLE "organisation"`);
  }
}
