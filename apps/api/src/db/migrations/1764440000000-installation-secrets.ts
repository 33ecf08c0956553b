import type { MigrationInterface, QueryRunner } from "typeorm";

/** Secrets made once per installation (the VNPay sandbox's hash secret outside development). */
export class InstallationSecrets1764440000000 implements MigrationInterface {
  name = "InstallationSecrets1764440000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "installation_secret" ("name" character varying(64) NOT NULL, "value" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_68738e81ee27ea4869261389ec9" PRIMARY KEY ("name"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "installation_secret"`);
  }
}
