import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Sign-in back-off per account across every client (`account_lockout`) and the one-time sign-in links mailed to
 * an account's owner while it is under attack (`sign_in_link`). The per-(account, client) and per-IP counters
 * stay in `login_attempt`.
 */
export class SignInLockouts1764442000000 implements MigrationInterface {
  name = "SignInLockouts1764442000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "account_lockout" ("email_key" character varying(100) NOT NULL, "failures" integer NOT NULL, "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "alerted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6caec72fd39ea1fa239d4847e83" PRIMARY KEY ("email_key"))`,
    );
    await q.query(
      `CREATE TABLE "sign_in_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_70e02809dd11038da50c4d38f85" UNIQUE ("token_hash"), CONSTRAINT "PK_2e37c859be8a656fef206f62b27" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_c34b5cb2daa44c0a7bfeaee965" ON "sign_in_link" ("user_id")`);
    await q.query(
      `ALTER TABLE "sign_in_link" ADD CONSTRAINT "FK_c34b5cb2daa44c0a7bfeaee965e" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sign_in_link" DROP CONSTRAINT "FK_c34b5cb2daa44c0a7bfeaee965e"`);
    await q.query(`DROP INDEX "public"."IDX_c34b5cb2daa44c0a7bfeaee965"`);
    await q.query(`DROP TABLE "sign_in_link"`);
    await q.query(`DROP TABLE "account_lockout"`);
  }
}
