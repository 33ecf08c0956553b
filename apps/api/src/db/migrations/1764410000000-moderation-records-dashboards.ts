import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A product with moderation records can no longer be deleted (the seller's delete archives it instead), so the
 * record of who hid it and why stays; and the dashboards read a period of orders through an index.
 */
export class ModerationRecordsDashboards1764410000000 implements MigrationInterface {
  name = "ModerationRecordsDashboards1764410000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "product_moderation" DROP CONSTRAINT "FK_ef5c59c4ddc3792547170bd6d1c"`);
    await q.query(
      `ALTER TABLE "product_moderation" ADD CONSTRAINT "FK_ef5c59c4ddc3792547170bd6d1c" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE INDEX "IDX_stall_order_created" ON "stall_order" ("created_at")`);
    await q.query(`CREATE INDEX "IDX_stall_order_stall_created" ON "stall_order" ("stall_id", "created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_stall_order_stall_created"`);
    await q.query(`DROP INDEX "public"."IDX_stall_order_created"`);
    await q.query(`ALTER TABLE "product_moderation" DROP CONSTRAINT "FK_ef5c59c4ddc3792547170bd6d1c"`);
    await q.query(
      `ALTER TABLE "product_moderation" ADD CONSTRAINT "FK_ef5c59c4ddc3792547170bd6d1c" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
