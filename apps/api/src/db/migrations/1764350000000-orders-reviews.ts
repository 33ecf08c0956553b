import type { MigrationInterface, QueryRunner } from "typeorm";

/** Carts, orders split per stall (items, timeline, idempotency keys), the notification outbox and reviews. */
export class OrdersReviews1764350000000 implements MigrationInterface {
  name = "OrdersReviews1764350000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "cart" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid, CONSTRAINT "PK_c524ec48751b9b5bcfbf6e59be7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_cart_user" ON "cart" ("user_id")`);
    await q.query(
      `CREATE TABLE "cart_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cart_id" uuid NOT NULL, "product_id" uuid NOT NULL, "quantity" smallint NOT NULL, "added_price" integer NOT NULL, CONSTRAINT "CHK_cart_item_quantity" CHECK ("quantity" BETWEEN 1 AND 99), CONSTRAINT "PK_bd94725aa84f8cf37632bcde997" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_67a2e8406e01ffa24ff9026944" ON "cart_item" ("product_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_cart_item_product" ON "cart_item" ("cart_id", "product_id")`);
    await q.query(
      `CREATE TABLE "outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "topic" character varying(40) NOT NULL, "payload" jsonb NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "idempotency_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "key" character varying(100) NOT NULL, "request_hash" character(64) NOT NULL, "order_id" uuid NOT NULL, CONSTRAINT "PK_213f125e14469be304f9ff1d452" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_idempotency_user_key" ON "idempotency_key" ("user_id", "key")`);
    await q.query(
      `CREATE TABLE "order_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "order_id" uuid NOT NULL, "stall_order_id" uuid, "actor_id" uuid, "actor" character varying(10) NOT NULL, "from_status" character varying(20), "to_status" character varying(20) NOT NULL, "note" text, CONSTRAINT "PK_394b0d7613180ebee9028e9aaa1" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_b5ad8b36013879595c72c06317" ON "order_event" ("order_id")`);
    await q.query(
      `CREATE TABLE "customer_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" character varying(24) NOT NULL, "buyer_id" uuid NOT NULL, "shipping_address" jsonb NOT NULL, "note" text, "payment_method" character varying(8) NOT NULL, "payment_status" character varying(20) NOT NULL, "status" character varying(20) NOT NULL, "subtotal" bigint NOT NULL, "shipping_total" bigint NOT NULL, "grand_total" bigint NOT NULL, CONSTRAINT "PK_c70aef746523b2c4a0af0945209" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_order_code" ON "customer_order" ("code")`);
    await q.query(`CREATE INDEX "IDX_e39319b3a009e0f0d48fc64386" ON "customer_order" ("buyer_id")`);
    await q.query(`CREATE INDEX "IDX_c63639efc3257b365fd44d1155" ON "customer_order" ("status")`);
    await q.query(
      `CREATE TABLE "stall_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "order_id" uuid NOT NULL, "stall_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "subtotal" bigint NOT NULL, "shipping_fee" bigint NOT NULL, "commission_rate_bps" integer NOT NULL, "commission" bigint NOT NULL, "carrier" character varying(60), "tracking_number" character varying(60), "cancel_reason" text, "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_stall_order_status" CHECK ("status" IN ('awaiting_payment', 'placed', 'confirmed', 'shipped', 'delivered', 'completed', 'cancelled')), CONSTRAINT "PK_0de5ae858a0d5fd33fbadb9cc8f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_f8de6af0bf5fbe72cc959af7b7" ON "stall_order" ("order_id")`);
    await q.query(`CREATE INDEX "IDX_stall_order_stall_status" ON "stall_order" ("stall_id", "status")`);
    await q.query(
      `CREATE TABLE "order_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stall_order_id" uuid NOT NULL, "product_id" uuid NOT NULL, "name" character varying(160) NOT NULL, "unit" character varying(32) NOT NULL, "unit_price" integer NOT NULL, "quantity" smallint NOT NULL, "line_total" bigint NOT NULL, "thumbnail" jsonb, CONSTRAINT "CHK_order_item_quantity" CHECK ("quantity" BETWEEN 1 AND 99), CONSTRAINT "PK_d01158fe15b1ead5c26fd7f4e90" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_16f9552ee6eeb89778c6cf00b6" ON "order_item" ("stall_order_id")`);
    await q.query(`CREATE INDEX "IDX_5e17c017aa3f5164cb2da5b1c6" ON "order_item" ("product_id")`);
    await q.query(
      `CREATE TABLE "review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "product_id" uuid NOT NULL, "author_id" uuid NOT NULL, "rating" smallint NOT NULL, "text" text, "image" jsonb, "reply" text, "replied_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_review_rating" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "PK_2e4299a343a81574217255c00ca" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_26b533e15b5f2334c96339a1f0" ON "review" ("product_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_review_product_author" ON "review" ("product_id", "author_id")`);
    await q.query(
      `ALTER TABLE "cart" ADD CONSTRAINT "FK_f091e86a234693a49084b4c2c86" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "cart_item" ADD CONSTRAINT "FK_b6b2a4f1f533d89d218e70db941" FOREIGN KEY ("cart_id") REFERENCES "cart"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "cart_item" ADD CONSTRAINT "FK_67a2e8406e01ffa24ff9026944e" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "customer_order" ADD CONSTRAINT "FK_e39319b3a009e0f0d48fc64386a" FOREIGN KEY ("buyer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stall_order" ADD CONSTRAINT "FK_f8de6af0bf5fbe72cc959af7b7d" FOREIGN KEY ("order_id") REFERENCES "customer_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stall_order" ADD CONSTRAINT "FK_09fb260621f294c167d0ac938ac" FOREIGN KEY ("stall_id") REFERENCES "stall"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "order_item" ADD CONSTRAINT "FK_16f9552ee6eeb89778c6cf00b67" FOREIGN KEY ("stall_order_id") REFERENCES "stall_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "order_item" ADD CONSTRAINT "FK_5e17c017aa3f5164cb2da5b1c6b" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "review" ADD CONSTRAINT "FK_26b533e15b5f2334c96339a1f08" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "review" ADD CONSTRAINT "FK_244f8127a8ed4eb8ae63d0790d2" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE INDEX "IDX_outbox_pending" ON "outbox" ("created_at") WHERE "processed_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_outbox_pending"`);
    await q.query(`ALTER TABLE "review" DROP CONSTRAINT "FK_244f8127a8ed4eb8ae63d0790d2"`);
    await q.query(`ALTER TABLE "review" DROP CONSTRAINT "FK_26b533e15b5f2334c96339a1f08"`);
    await q.query(`ALTER TABLE "order_item" DROP CONSTRAINT "FK_5e17c017aa3f5164cb2da5b1c6b"`);
    await q.query(`ALTER TABLE "order_item" DROP CONSTRAINT "FK_16f9552ee6eeb89778c6cf00b67"`);
    await q.query(`ALTER TABLE "stall_order" DROP CONSTRAINT "FK_09fb260621f294c167d0ac938ac"`);
    await q.query(`ALTER TABLE "stall_order" DROP CONSTRAINT "FK_f8de6af0bf5fbe72cc959af7b7d"`);
    await q.query(`ALTER TABLE "customer_order" DROP CONSTRAINT "FK_e39319b3a009e0f0d48fc64386a"`);
    await q.query(`ALTER TABLE "cart_item" DROP CONSTRAINT "FK_67a2e8406e01ffa24ff9026944e"`);
    await q.query(`ALTER TABLE "cart_item" DROP CONSTRAINT "FK_b6b2a4f1f533d89d218e70db941"`);
    await q.query(`ALTER TABLE "cart" DROP CONSTRAINT "FK_f091e86a234693a49084b4c2c86"`);
    await q.query(`DROP INDEX "public"."UQ_review_product_author"`);
    await q.query(`DROP INDEX "public"."IDX_26b533e15b5f2334c96339a1f0"`);
    await q.query(`DROP TABLE "review"`);
    await q.query(`DROP INDEX "public"."IDX_5e17c017aa3f5164cb2da5b1c6"`);
    await q.query(`DROP INDEX "public"."IDX_16f9552ee6eeb89778c6cf00b6"`);
    await q.query(`DROP TABLE "order_item"`);
    await q.query(`DROP INDEX "public"."IDX_stall_order_stall_status"`);
    await q.query(`DROP INDEX "public"."IDX_f8de6af0bf5fbe72cc959af7b7"`);
    await q.query(`DROP TABLE "stall_order"`);
    await q.query(`DROP INDEX "public"."IDX_c63639efc3257b365fd44d1155"`);
    await q.query(`DROP INDEX "public"."IDX_e39319b3a009e0f0d48fc64386"`);
    await q.query(`DROP INDEX "public"."UQ_order_code"`);
    await q.query(`DROP TABLE "customer_order"`);
    await q.query(`DROP INDEX "public"."IDX_b5ad8b36013879595c72c06317"`);
    await q.query(`DROP TABLE "order_event"`);
    await q.query(`DROP INDEX "public"."UQ_idempotency_user_key"`);
    await q.query(`DROP TABLE "idempotency_key"`);
    await q.query(`DROP TABLE "outbox"`);
    await q.query(`DROP INDEX "public"."UQ_cart_item_product"`);
    await q.query(`DROP INDEX "public"."IDX_67a2e8406e01ffa24ff9026944"`);
    await q.query(`DROP TABLE "cart_item"`);
    await q.query(`DROP INDEX "public"."UQ_cart_user"`);
    await q.query(`DROP TABLE "cart"`);
  }
}
