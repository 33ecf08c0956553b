import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Bank transfers by VietQR: `bank_transfer` as a payment method (the column was 8 characters), payments from the
 * bank provider, and every bank notification received, once per bank transaction id (exactly-once settlement).
 */
export class BankTransfers1764530000000 implements MigrationInterface {
  name = "BankTransfers1764530000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "customer_order" ALTER COLUMN "payment_method" TYPE character varying(16)`);
    await q.query(
      `CREATE TABLE "bank_transfer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "transaction_id" character varying(64) NOT NULL, "amount" bigint NOT NULL, "content" character varying(500) NOT NULL, "transacted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(12) NOT NULL, "reason" character varying(200), "payment_id" uuid, "matched_by_id" uuid, "matched_at" TIMESTAMP WITH TIME ZONE, "match_note" character varying(500), "raw" jsonb NOT NULL, CONSTRAINT "PK_bank_transfer" PRIMARY KEY ("id"), CONSTRAINT "CHK_bank_transfer_status" CHECK ("status" IN ('matched', 'unmatched', 'resolved')), CONSTRAINT "FK_bank_transfer_payment" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE RESTRICT, CONSTRAINT "FK_bank_transfer_matched_by" FOREIGN KEY ("matched_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL)`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_bank_transfer_transaction_id" ON "bank_transfer" ("transaction_id")`);
    await q.query(`CREATE INDEX "IDX_bank_transfer_status" ON "bank_transfer" ("status", "created_at")`);
    // One automatic or manual match per payment: a second transfer for a paid order stays unmatched.
    await q.query(
      `CREATE UNIQUE INDEX "UQ_bank_transfer_payment" ON "bank_transfer" ("payment_id") WHERE "payment_id" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "bank_transfer"`);
    await q.query(`ALTER TABLE "customer_order" ALTER COLUMN "payment_method" TYPE character varying(8)`);
  }
}
