import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Cash on delivery is the stall's money, not the market's: the stall's own carrier collected it. A new ledger
 * kind, `cod_collected`, takes such a sale back out of the balance, so only the commission moves it.
 * Every completed COD stall order booked before (sale + commission, as if the market held the cash) gets its
 * `cod_collected` line now — appended, nothing updated or deleted — so balances, and what a payout may take,
 * show the truth. Until now no carrier of the market collected cash, so this holds whatever `COD_REMITTED_BY` says.
 */
export class CodCollectedByStall1764420000000 implements MigrationInterface {
  name = "CodCollectedByStall1764420000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ledger_entry" ALTER COLUMN "kind" TYPE character varying(20)`);
    await q.query(`ALTER TABLE "ledger_entry" DROP CONSTRAINT "CHK_ledger_kind"`);
    await q.query(
      `ALTER TABLE "ledger_entry" ADD CONSTRAINT "CHK_ledger_kind" CHECK ("kind" IN ('sale', 'cod_collected', 'commission', 'refund', 'payout', 'adjustment'))`,
    );
    await q.query(`DROP INDEX "public"."UQ_ledger_once_per_stall_order"`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_ledger_once_per_stall_order" ON "ledger_entry" ("stall_order_id", "kind") WHERE "stall_order_id" IS NOT NULL AND "kind" IN ('sale', 'cod_collected', 'commission')`,
    );
    await q.query(
      `INSERT INTO "ledger_entry" ("stall_id", "kind", "amount", "stall_order_id", "note")
       SELECT e."stall_id", 'cod_collected', -e."amount", e."stall_order_id", 'correction: cash collected by the stall''s carrier'
         FROM "ledger_entry" e
         JOIN "stall_order" so ON so."id" = e."stall_order_id"
         JOIN "customer_order" o ON o."id" = so."order_id"
        WHERE e."kind" = 'sale' AND o."payment_method" = 'cod'
        ORDER BY e."created_at", e."id"
       ON CONFLICT ("stall_order_id", "kind") WHERE "stall_order_id" IS NOT NULL AND "kind" IN ('sale', 'cod_collected', 'commission') DO NOTHING`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "ledger_entry" WHERE "kind" = 'cod_collected'`);
    await q.query(`DROP INDEX "public"."UQ_ledger_once_per_stall_order"`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_ledger_once_per_stall_order" ON "ledger_entry" ("stall_order_id", "kind") WHERE "stall_order_id" IS NOT NULL AND "kind" IN ('sale', 'commission')`,
    );
    await q.query(`ALTER TABLE "ledger_entry" DROP CONSTRAINT "CHK_ledger_kind"`);
    await q.query(
      `ALTER TABLE "ledger_entry" ADD CONSTRAINT "CHK_ledger_kind" CHECK ("kind" IN ('sale', 'commission', 'refund', 'payout', 'adjustment'))`,
    );
    await q.query(`ALTER TABLE "ledger_entry" ALTER COLUMN "kind" TYPE character varying(12)`);
  }
}
