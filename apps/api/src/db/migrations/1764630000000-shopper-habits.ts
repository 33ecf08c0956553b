import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Shopper habits: stall follows, the products' sold counter (filled from the stall orders already delivered or
 * completed), the stall's opt-in public contact, and the server-side draft of a stall application.
 */
export class ShopperHabits1764630000000 implements MigrationInterface {
  name = "ShopperHabits1764630000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "stall_follow" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "stall_id" uuid NOT NULL, CONSTRAINT "PK_966a177b982c4b41641c94dbff7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_stall_follow_stall" ON "stall_follow"  ("stall_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_stall_follow_user_stall" ON "stall_follow"  ("user_id", "stall_id")`);
    await q.query(
      `CREATE TABLE "stall_draft" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "fields" jsonb NOT NULL, CONSTRAINT "PK_c8e01b3c1c5603647ac935c68ff" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_stall_draft_user" ON "stall_draft"  ("user_id")`);
    await q.query(`ALTER TABLE "stall" ADD "contact_public" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "stall" ADD "contact_zalo" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "product" ADD "sold_count" integer NOT NULL DEFAULT '0'`);
    await q.query(
      `UPDATE product p SET sold_count = s.n FROM (
         SELECT oi.product_id, sum(oi.quantity)::int AS n FROM order_item oi
           JOIN stall_order so ON so.id = oi.stall_order_id
          WHERE so.status IN ('delivered', 'completed') GROUP BY oi.product_id) s
        WHERE p.id = s.product_id`,
    );
    await q.query(
      `ALTER TABLE "stall_follow" ADD CONSTRAINT "FK_103ce0eabe54c8f30fb553980e2" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stall_follow" ADD CONSTRAINT "FK_873d852436d4d4942ebdff0ec6b" FOREIGN KEY ("stall_id") REFERENCES "stall"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stall_draft" ADD CONSTRAINT "FK_3759bf2b91c37e5ad3204d04474" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "stall_draft" DROP CONSTRAINT "FK_3759bf2b91c37e5ad3204d04474"`);
    await q.query(`ALTER TABLE "stall_follow" DROP CONSTRAINT "FK_873d852436d4d4942ebdff0ec6b"`);
    await q.query(`ALTER TABLE "stall_follow" DROP CONSTRAINT "FK_103ce0eabe54c8f30fb553980e2"`);
    await q.query(`ALTER TABLE "product" DROP COLUMN "sold_count"`);
    await q.query(`ALTER TABLE "stall" DROP COLUMN "contact_zalo"`);
    await q.query(`ALTER TABLE "stall" DROP COLUMN "contact_public"`);
    await q.query(`DROP INDEX "public"."UQ_stall_draft_user"`);
    await q.query(`DROP TABLE "stall_draft"`);
    await q.query(`DROP INDEX "public"."UQ_stall_follow_user_stall"`);
    await q.query(`DROP INDEX "public"."IDX_stall_follow_stall"`);
    await q.query(`DROP TABLE "stall_follow"`);
  }
}
