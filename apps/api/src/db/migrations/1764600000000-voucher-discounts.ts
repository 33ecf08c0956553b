import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Vouchers at checkout: the discount each order, stall order and item got (and the part of a stall order's the
 * platform funds), a per-(voucher, buyer) use counter moved by guarded upserts, and the ledger line that books the
 * platform's funding of its vouchers to the stall.
 */
export class VoucherDiscounts1764600000000 implements MigrationInterface {
  name = "VoucherDiscounts1764600000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "customer_order" ADD "discount_total" bigint NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "stall_order" ADD "discount" bigint NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "stall_order" ADD "platform_discount" bigint NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "order_item" ADD "discount" bigint NOT NULL DEFAULT '0'`);
    await q.query(
      `CREATE TABLE "voucher_user_use" ("voucher_id" uuid NOT NULL, "user_id" uuid NOT NULL, "used" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_voucher_user_use" PRIMARY KEY ("voucher_id", "user_id"))`,
    );
    await q.query(`ALTER TABLE "ledger_entry" DROP CONSTRAINT "CHK_ledger_kind"`);
    await q.query(
      `ALTER TABLE "ledger_entry" ADD CONSTRAINT "CHK_ledger_kind" CHECK ("kind" IN ('sale', 'cod_collected', 'commission', 'platform_voucher', 'refund', 'payout', 'adjustment'))`,
    );
    await q.query(`DROP INDEX "public"."UQ_ledger_once_per_stall_order"`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_ledger_once_per_stall_order" ON "ledger_entry" ("stall_order_id", "kind") WHERE "stall_order_id" IS NOT NULL AND "kind" IN ('sale', 'cod_collected', 'commission', 'platform_voucher')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."UQ_ledger_once_per_stall_order"`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_ledger_once_per_stall_order" ON "ledger_entry" ("stall_order_id", "kind") WHERE "stall_order_id" IS NOT NULL AND "kind" IN ('sale', 'cod_collected', 'commission')`,
    );
    await q.query(`ALTER TABLE "ledger_entry" DROP CONSTRAINT "CHK_ledger_kind"`);
    await q.query(
      `ALTER TABLE "ledger_entry" ADD CONSTRAINT "CHK_ledger_kind" CHECK ("kind" IN ('sale', 'cod_collected', 'commission', 'refund', 'payout', 'adjustment'))`,
    );
    await q.query(`DROP TABLE "voucher_user_use"`);
    await q.query(`ALTER TABLE "order_item" DROP COLUMN "discount"`);
    await q.query(`ALTER TABLE "stall_order" DROP COLUMN "platform_discount"`);
    await q.query(`ALTER TABLE "stall_order" DROP COLUMN "discount"`);
    await q.query(`ALTER TABLE "customer_order" DROP COLUMN "discount_total"`);
  }
}
