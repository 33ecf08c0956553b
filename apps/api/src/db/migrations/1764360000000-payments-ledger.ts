import type { MigrationInterface, QueryRunner } from "typeorm";

/** Online payments (VNPay), refunds, the per-stall ledger and payouts. */
export class PaymentsLedger1764360000000 implements MigrationInterface {
  name = "PaymentsLedger1764360000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "ledger_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stall_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "amount" bigint NOT NULL, "stall_order_id" uuid, "payout_id" uuid, "refund_id" uuid, "note" text, CONSTRAINT "CHK_ledger_kind" CHECK ("kind" IN ('sale', 'commission', 'refund', 'payout', 'adjustment')), CONSTRAINT "PK_04e9d274911f909a5848a15cd74" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_06833bc42870ad83ce45202e8e" ON "ledger_entry" ("stall_id")`);
    await q.query(
      `CREATE TABLE "payout" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stall_id" uuid NOT NULL, "amount" bigint NOT NULL, "reference" character varying(100) NOT NULL, "created_by" uuid NOT NULL, CONSTRAINT "CHK_payout_amount" CHECK ("amount" > 0), CONSTRAINT "PK_1cb73ce021dc6618a3818b0a474" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_d73288a66a3ea6344dbb99cd09" ON "payout" ("stall_id")`);
    await q.query(
      `CREATE TABLE "payment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "order_id" uuid NOT NULL, "provider" character varying(10) NOT NULL, "txn_ref" character varying(40) NOT NULL, "amount" bigint NOT NULL, "status" character varying(12) NOT NULL, "create_date" character varying(14) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "transaction_no" character varying(20), "bank_code" character varying(20), "pay_date" character varying(14), "response_code" character varying(4), "raw" jsonb, "paid_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_payment_status" CHECK ("status" IN ('pending', 'paid', 'failed', 'cancelled', 'expired', 'processing')), CONSTRAINT "PK_fcaec7df5adf9cac408c686b2ab" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_f5221735ace059250daac9d980" ON "payment" ("order_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_payment_txn_ref" ON "payment" ("txn_ref")`);
    await q.query(
      `CREATE TABLE "refund" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "payment_id" uuid NOT NULL, "stall_order_id" uuid NOT NULL, "amount" bigint NOT NULL, "transaction_type" character(2) NOT NULL, "status" character varying(10) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "response_code" character varying(4), "raw" jsonb, "last_error" text, CONSTRAINT "CHK_refund_amount" CHECK ("amount" > 0), CONSTRAINT "CHK_refund_status" CHECK ("status" IN ('pending', 'succeeded', 'failed')), CONSTRAINT "PK_f1cefa2e60d99b206c46c1116e5" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_8e116348330845195dc5b1585f" ON "refund" ("payment_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_refund_stall_order" ON "refund" ("stall_order_id")`);
    await q.query(`CREATE INDEX "IDX_087d10162fa7d3d434424deb31" ON "refund" ("status")`);
    await q.query(
      `ALTER TABLE "ledger_entry" ADD CONSTRAINT "FK_06833bc42870ad83ce45202e8e8" FOREIGN KEY ("stall_id") REFERENCES "stall"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "payout" ADD CONSTRAINT "FK_d73288a66a3ea6344dbb99cd096" FOREIGN KEY ("stall_id") REFERENCES "stall"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "payout" ADD CONSTRAINT "FK_bf365c899b7e99ca45d666b3987" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "payment" ADD CONSTRAINT "FK_f5221735ace059250daac9d9803" FOREIGN KEY ("order_id") REFERENCES "customer_order"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "refund" ADD CONSTRAINT "FK_8e116348330845195dc5b1585fc" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "refund" ADD CONSTRAINT "FK_5336bfefeba5acae3a97a02f822" FOREIGN KEY ("stall_order_id") REFERENCES "stall_order"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE INDEX "IDX_payment_pending_expiry" ON "payment" ("expires_at") WHERE "status" = 'pending'`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_ledger_once_per_stall_order" ON "ledger_entry" ("stall_order_id", "kind") WHERE "stall_order_id" IS NOT NULL AND "kind" IN ('sale', 'commission')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."UQ_ledger_once_per_stall_order"`);
    await q.query(`DROP INDEX "public"."IDX_payment_pending_expiry"`);
    await q.query(`ALTER TABLE "refund" DROP CONSTRAINT "FK_5336bfefeba5acae3a97a02f822"`);
    await q.query(`ALTER TABLE "refund" DROP CONSTRAINT "FK_8e116348330845195dc5b1585fc"`);
    await q.query(`ALTER TABLE "payment" DROP CONSTRAINT "FK_f5221735ace059250daac9d9803"`);
    await q.query(`ALTER TABLE "payout" DROP CONSTRAINT "FK_bf365c899b7e99ca45d666b3987"`);
    await q.query(`ALTER TABLE "payout" DROP CONSTRAINT "FK_d73288a66a3ea6344dbb99cd096"`);
    await q.query(`ALTER TABLE "ledger_entry" DROP CONSTRAINT "FK_06833bc42870ad83ce45202e8e8"`);
    await q.query(`DROP INDEX "public"."IDX_087d10162fa7d3d434424deb31"`);
    await q.query(`DROP INDEX "public"."UQ_refund_stall_order"`);
    await q.query(`DROP INDEX "public"."IDX_8e116348330845195dc5b1585f"`);
    await q.query(`DROP TABLE "refund"`);
    await q.query(`DROP INDEX "public"."UQ_payment_txn_ref"`);
    await q.query(`DROP INDEX "public"."IDX_f5221735ace059250daac9d980"`);
    await q.query(`DROP TABLE "payment"`);
    await q.query(`DROP INDEX "public"."IDX_d73288a66a3ea6344dbb99cd09"`);
    await q.query(`DROP TABLE "payout"`);
    await q.query(`DROP INDEX "public"."IDX_06833bc42870ad83ce45202e8e"`);
    await q.query(`DROP TABLE "ledger_entry"`);
  }
}
