import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Live selling sessions: sessions and their stalls, offers with held stock and per-buyer counts, drafts from
 * comments, admins' identity checks, orders' session and offer code — and a product price history, written by a
 * trigger in the same transaction as every price a product gets (backfilled with today's prices).
 */
export class LiveSessions1764640000000 implements MigrationInterface {
  name = "LiveSessions1764640000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "identity_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "admin_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "reason" text, "user_id" uuid NOT NULL, "document_type" character varying(16) NOT NULL, CONSTRAINT "PK_d46c5d009619897165f88e5a494" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_6ef83f48f3b6a2182d15857b1d" ON "identity_decision"  ("user_id")`);
    await q.query(
      `CREATE TABLE "live_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "slug" character varying(120) NOT NULL, "title" character varying(160) NOT NULL, "description" text, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "platform" character varying(16) NOT NULL, "stream_url" character varying(500), "status" character varying(16) NOT NULL, "host_stall_id" uuid, "host_user_id" uuid NOT NULL, "pinned_offer_id" uuid, "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "viewers_peak" integer, "viewers_unique" integer, "comments" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_8c12a79cfe5dac6c435df6024e1" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_live_session_slug" ON "live_session"  ("slug")`);
    await q.query(`CREATE INDEX "IDX_f1dbc684117cb11e58babb9a7f" ON "live_session"  ("starts_at")`);
    await q.query(`CREATE INDEX "IDX_a483a9ac97a263473f075c8f1e" ON "live_session"  ("status")`);
    await q.query(
      `CREATE TABLE "live_session_stall" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "session_id" uuid NOT NULL, "stall_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "host" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_c06a44079ee205b1806ab07feeb" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_6291a95583b656ab4b5af3f059" ON "live_session_stall"  ("stall_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_live_session_stall" ON "live_session_stall"  ("session_id", "stall_id")`);
    await q.query(
      `CREATE TABLE "live_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "session_id" uuid NOT NULL, "stall_id" uuid NOT NULL, "product_id" uuid NOT NULL, "code" character varying(4) NOT NULL, "position" integer NOT NULL, "live_price" bigint NOT NULL, "quantity" integer NOT NULL, "held" integer NOT NULL DEFAULT '0', "taken" integer NOT NULL DEFAULT '0', "per_buyer_limit" integer, CONSTRAINT "PK_df7638cbbaee9a560e3f745d74b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_90a4abde8b2cf57745975181b3" ON "live_offer"  ("stall_id")`);
    await q.query(`CREATE INDEX "IDX_cbc6316f53f4dea5f4add9d536" ON "live_offer"  ("product_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_live_offer_product" ON "live_offer"  ("session_id", "product_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_live_offer_code" ON "live_offer"  ("session_id", "code")`);
    await q.query(
      `CREATE TABLE "live_offer_buyer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "offer_id" uuid NOT NULL, "buyer_key" character varying(64) NOT NULL, "quantity" integer NOT NULL, CONSTRAINT "PK_0d6b4c9d46ffcd872b91f52efb3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_live_offer_buyer" ON "live_offer_buyer"  ("offer_id", "buyer_key")`);
    await q.query(
      `CREATE TABLE "live_draft" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "session_id" uuid NOT NULL, "offer_id" uuid NOT NULL, "phone" character varying(16) NOT NULL, "name" character varying(120) NOT NULL, "quantity" integer NOT NULL, "token_hash" character varying(64) NOT NULL, "status" character varying(16) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "order_id" uuid, CONSTRAINT "PK_052aa4fd301cad16eef3fe06623" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_1f1aba320d6c679a4208c12867" ON "live_draft"  ("session_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_live_draft_token" ON "live_draft"  ("token_hash")`);
    await q.query(`CREATE INDEX "IDX_live_draft_due" ON "live_draft"  ("status", "expires_at")`);
    await q.query(
      `CREATE TABLE "product_price" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "product_id" uuid NOT NULL, "price" bigint NOT NULL, CONSTRAINT "PK_039c4320ccd5ede07440f499268" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_product_price_product_at" ON "product_price"  ("product_id", "created_at")`);
    await q.query(`ALTER TABLE "customer_order" ADD "live_session_id" uuid`);
    await q.query(`ALTER TABLE "customer_order" ADD "live_offer_code" character varying(4)`);
    await q.query(`CREATE INDEX "IDX_7cd4693b041acc6957b956e0d1" ON "customer_order"  ("live_session_id")`);
    await q.query(
      `ALTER TABLE "identity_decision" ADD CONSTRAINT "FK_af368293aefaf28afc0c2b32402" FOREIGN KEY ("admin_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "identity_decision" ADD CONSTRAINT "FK_6ef83f48f3b6a2182d15857b1dd" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "live_session" ADD CONSTRAINT "FK_73a4d76769c1deda7781afa1d22" FOREIGN KEY ("host_stall_id") REFERENCES "stall"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "live_session" ADD CONSTRAINT "FK_d5779bb84ec783344708bd21e00" FOREIGN KEY ("host_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "live_session_stall" ADD CONSTRAINT "FK_47dc5b96ebd3b7e3170b456c270" FOREIGN KEY ("session_id") REFERENCES "live_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "live_session_stall" ADD CONSTRAINT "FK_6291a95583b656ab4b5af3f0594" FOREIGN KEY ("stall_id") REFERENCES "stall"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "live_offer" ADD CONSTRAINT "FK_d32cb023d4b2000322704ff3b01" FOREIGN KEY ("session_id") REFERENCES "live_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "live_offer" ADD CONSTRAINT "FK_90a4abde8b2cf57745975181b37" FOREIGN KEY ("stall_id") REFERENCES "stall"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "live_offer" ADD CONSTRAINT "FK_cbc6316f53f4dea5f4add9d5362" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "live_offer_buyer" ADD CONSTRAINT "FK_56942ec19144a1bd91deab38d8c" FOREIGN KEY ("offer_id") REFERENCES "live_offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "live_draft" ADD CONSTRAINT "FK_1f1aba320d6c679a4208c128670" FOREIGN KEY ("session_id") REFERENCES "live_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "live_draft" ADD CONSTRAINT "FK_04db46be41389b3e584112d5aca" FOREIGN KEY ("offer_id") REFERENCES "live_offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "product_price" ADD CONSTRAINT "FK_0da08b762f53700e4f8760a9b5c" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE FUNCTION record_product_price() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' OR NEW.price IS DISTINCT FROM OLD.price THEN
           INSERT INTO product_price (product_id, price) VALUES (NEW.id, NEW.price);
         END IF;
         RETURN NULL;
       END $$`,
    );
    await q.query(
      `CREATE TRIGGER product_price_history AFTER INSERT OR UPDATE OF price ON product FOR EACH ROW EXECUTE FUNCTION record_product_price()`,
    );
    await q.query(`INSERT INTO product_price (product_id, price, created_at) SELECT id, price, created_at FROM product`);
    await q.query(
      `ALTER TABLE "live_offer" ADD CONSTRAINT "CHK_live_offer_units" CHECK ("taken" >= 0 AND "taken" <= "held" AND "held" <= "quantity")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER product_price_history ON product`);
    await q.query(`DROP FUNCTION record_product_price()`);
    await q.query(`ALTER TABLE "customer_order" DROP COLUMN "live_offer_code"`);
    await q.query(`ALTER TABLE "customer_order" DROP COLUMN "live_session_id"`);
    for (const t of [
      "product_price",
      "live_draft",
      "live_offer_buyer",
      "live_offer",
      "live_session_stall",
      "live_session",
      "identity_decision",
    ])
      await q.query(`DROP TABLE "${t}"`);
  }
}
