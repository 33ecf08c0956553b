import type { MigrationInterface, QueryRunner } from "typeorm";

/** Sessions ended before their access tokens expire (sign-out, password change), checked on every request. */
export class RevokedSessions1764441000000 implements MigrationInterface {
  name = "RevokedSessions1764441000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "revoked_session" ("sid" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_34dc0975998ae1a8b36d49b53af" PRIMARY KEY ("sid"))`,
    );
    await q.query(`CREATE INDEX "IDX_2b0f5eda4706ff9c3bb8b5024c" ON "revoked_session" ("expires_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_2b0f5eda4706ff9c3bb8b5024c"`);
    await q.query(`DROP TABLE "revoked_session"`);
  }
}
