import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Deals into orders: an offer names the stall's product, and an award becomes wholesale orders, one per delivery,
 * each knowing its offer and delivery (unique, so an award is turned into orders once).
 */
export class DealOrders1764830000000 implements MigrationInterface {
  name = "DealOrders1764830000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "demand_offer" ADD "product_id" uuid REFERENCES "product"("id") ON DELETE SET NULL`);
    // No foreign key to demand_offer (a table without an entity, which the schema check would drop it for): only
    // the award service writes it, inside the transaction that locks the offer.
    await q.query(`ALTER TABLE "customer_order" ADD "deal_offer_id" uuid, ADD "deal_delivery" jsonb`);
    await q.query(
      `ALTER TABLE "customer_order" ADD CONSTRAINT "CHK_order_deal" CHECK ((deal_offer_id IS NULL) = (deal_delivery IS NULL))`,
    );
    // A wholesale line carries the award's quantity (a retail line stays 1–99), and its batches as many.
    await q.query(
      `ALTER TABLE "order_item" ALTER COLUMN "quantity" TYPE integer, ADD "wholesale" boolean NOT NULL DEFAULT false, DROP CONSTRAINT "CHK_order_item_quantity"`,
    );
    await q.query(
      `ALTER TABLE "order_item" ADD CONSTRAINT "CHK_order_item_quantity" CHECK ("quantity" >= 1 AND ("quantity" <= 99 OR "wholesale"))`,
    );
    await q.query(`ALTER TABLE "order_item_batch" ALTER COLUMN "quantity" TYPE integer`);
    // One order per delivery of an award: a second attempt (even two at once) meets this index.
    await q.query(
      `CREATE UNIQUE INDEX "UQ_order_deal_delivery" ON "customer_order" ("deal_offer_id", (("deal_delivery"->>'no')::int)) WHERE deal_offer_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_order_deal_delivery"`);
    await q.query(`ALTER TABLE "order_item_batch" ALTER COLUMN "quantity" TYPE smallint`);
    await q.query(
      `ALTER TABLE "order_item" DROP CONSTRAINT "CHK_order_item_quantity", DROP COLUMN "wholesale", ALTER COLUMN "quantity" TYPE smallint`,
    );
    await q.query(`ALTER TABLE "order_item" ADD CONSTRAINT "CHK_order_item_quantity" CHECK ("quantity" BETWEEN 1 AND 99)`);
    await q.query(
      `ALTER TABLE "customer_order" DROP CONSTRAINT "CHK_order_deal", DROP COLUMN "deal_delivery", DROP COLUMN "deal_offer_id"`,
    );
    await q.query(`ALTER TABLE "demand_offer" DROP COLUMN "product_id"`);
  }
}
