import type { MigrationInterface, QueryRunner } from "typeorm";

/** Vouchers: platform- and stall-owned codes (unique per owner, upper-case) and one row per use by an order. */
export class Vouchers1764570000000 implements MigrationInterface {
  name = "Vouchers1764570000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "voucher" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stall_id" uuid, "owner_key" character varying(40) NOT NULL, "code" character varying(32) NOT NULL, "kind" character varying(16) NOT NULL, "value" integer NOT NULL, "max_discount" integer, "min_subtotal" integer NOT NULL DEFAULT '0', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "total_quantity" integer, "per_user_limit" integer NOT NULL DEFAULT '1', "category_ids" uuid array NOT NULL DEFAULT '{}', "product_ids" uuid array NOT NULL DEFAULT '{}', "status" character varying(16) NOT NULL DEFAULT 'active', "used" integer NOT NULL DEFAULT '0', "created_by_id" uuid NOT NULL, CONSTRAINT "PK_677ae75f380e81c2f103a57ffaf" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_voucher_owner_code" ON "voucher"  ("owner_key", "code")`);
    await q.query(
      `CREATE TABLE "voucher_use" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "voucher_id" uuid NOT NULL, "user_id" uuid NOT NULL, "order_id" uuid NOT NULL, "discount" integer NOT NULL, "released_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b292bd4aa7c65eff9b354d538be" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_voucher_use_user" ON "voucher_use"  ("voucher_id", "user_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_voucher_use_order" ON "voucher_use"  ("voucher_id", "order_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."UQ_voucher_use_order"`);
    await q.query(`DROP INDEX "public"."IDX_voucher_use_user"`);
    await q.query(`DROP TABLE "voucher_use"`);
    await q.query(`DROP INDEX "public"."UQ_voucher_owner_code"`);
    await q.query(`DROP TABLE "voucher"`);
  }
}
