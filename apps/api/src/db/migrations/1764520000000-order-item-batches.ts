import type { MigrationInterface, QueryRunner } from "typeorm";

/** Which batches an order line's packages came from, as its seller said when shipping (the buyer's trace links). */
export class OrderItemBatches1764520000000 implements MigrationInterface {
  name = "OrderItemBatches1764520000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "order_item_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "order_item_id" uuid NOT NULL, "batch_id" uuid NOT NULL, "quantity" smallint NOT NULL, CONSTRAINT "CHK_order_item_batch_quantity" CHECK ("quantity" > 0), CONSTRAINT "PK_10d65a7208c7c4b53332a3bc25e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_b97882477079084787728da906" ON "order_item_batch" ("batch_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_order_item_batch" ON "order_item_batch" ("order_item_id", "batch_id")`);
    await q.query(
      `ALTER TABLE "order_item_batch" ADD CONSTRAINT "FK_776f606d72ab97a13216c9e60c9" FOREIGN KEY ("order_item_id") REFERENCES "order_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "order_item_batch" ADD CONSTRAINT "FK_b97882477079084787728da9062" FOREIGN KEY ("batch_id") REFERENCES "trace_batch"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "order_item_batch" DROP CONSTRAINT "FK_b97882477079084787728da9062"`);
    await q.query(`ALTER TABLE "order_item_batch" DROP CONSTRAINT "FK_776f606d72ab97a13216c9e60c9"`);
    await q.query(`DROP INDEX "public"."UQ_order_item_batch"`);
    await q.query(`DROP INDEX "public"."IDX_b97882477079084787728da906"`);
    await q.query(`DROP TABLE "order_item_batch"`);
  }
}
