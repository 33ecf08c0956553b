import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Paying again: a payment attempt can be `replaced` by a newer one (or by cash on delivery); a refund can give
 * back a whole second payment of an order already paid (no stall order then, at most one per payment); a refund
 * keeps when the gateway accepted it.
 */
export class PayAgain1764620000000 implements MigrationInterface {
  name = "PayAgain1764620000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "payment" DROP CONSTRAINT "CHK_payment_status"`);
    await q.query(
      `ALTER TABLE "payment" ADD CONSTRAINT "CHK_payment_status" CHECK ("status" IN ('pending', 'paid', 'failed', 'cancelled', 'expired', 'processing', 'replaced'))`,
    );
    await q.query(`ALTER TABLE "refund" ALTER COLUMN "stall_order_id" DROP NOT NULL`);
    await q.query(`ALTER TABLE "refund" ADD "settled_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`UPDATE "refund" SET "settled_at" = "updated_at" WHERE "status" = 'succeeded'`);
    await q.query(`CREATE UNIQUE INDEX "UQ_refund_duplicate_payment" ON "refund" ("payment_id") WHERE "stall_order_id" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."UQ_refund_duplicate_payment"`);
    await q.query(`DELETE FROM "refund" WHERE "stall_order_id" IS NULL`);
    await q.query(`ALTER TABLE "refund" DROP COLUMN "settled_at"`);
    await q.query(`ALTER TABLE "refund" ALTER COLUMN "stall_order_id" SET NOT NULL`);
    await q.query(`UPDATE "payment" SET "status" = 'cancelled' WHERE "status" = 'replaced'`);
    await q.query(`ALTER TABLE "payment" DROP CONSTRAINT "CHK_payment_status"`);
    await q.query(
      `ALTER TABLE "payment" ADD CONSTRAINT "CHK_payment_status" CHECK ("status" IN ('pending', 'paid', 'failed', 'cancelled', 'expired', 'processing'))`,
    );
  }
}
