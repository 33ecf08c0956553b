import type { MigrationInterface, QueryRunner } from "typeorm";

/** Sign-in rate limits kept in PostgreSQL, so every API process counts the same attempts. */
export class LoginAttempts1764400000000 implements MigrationInterface {
  name = "LoginAttempts1764400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "login_attempt" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT '0', "expire" bigint, CONSTRAINT "PK_2b7decd11c28ffdfdde28e05382" PRIMARY KEY ("key"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "login_attempt"`);
  }
}
