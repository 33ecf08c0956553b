import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Stalls (with admin decisions), categories, products and their images. Search uses folded text
 * (no diacritics) with a trigram index on names and a full-text index on the search text.
 */
export class StallsCatalog1764340000000 implements MigrationInterface {
  name = "StallsCatalog1764340000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(
      `CREATE TABLE "category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "parent_id" uuid, "slug" character varying(80) NOT NULL, "name" character varying(80) NOT NULL, "name_en" character varying(80) NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_9c4e4a89e3674fc9f382d733f03" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_1117b4fcb3cd4abb4383e1c274" ON "category"("parent_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_category_slug" ON "category"("slug")`);
    await q.query(
      `CREATE TABLE "stall" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "owner_id" uuid NOT NULL, "slug" character varying(100) NOT NULL, "name" character varying(120) NOT NULL, "search_name" text NOT NULL, "story" text NOT NULL, "description" text, "province" character varying(32) NOT NULL, "address" character varying(255) NOT NULL, "phone" character varying(20) NOT NULL, "business_type" character varying(16) NOT NULL, "business_registration_no" character varying(64), "founder_birth_year" smallint, "status" character varying(16) NOT NULL DEFAULT 'pending', "status_reason" text, "commission_rate_bps" integer, "logo" jsonb, "banner" jsonb, "approved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_stall_business_type" CHECK ("business_type" IN ('household', 'cooperative', 'company', 'individual')), CONSTRAINT "CHK_stall_status" CHECK ("status" IN ('pending', 'approved', 'rejected', 'suspended')), CONSTRAINT "PK_8429ac9dce652ffefb3fa122b36" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_stall_owner" ON "stall"("owner_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_stall_slug" ON "stall"("slug")`);
    await q.query(`CREATE INDEX "IDX_ad2824d5c48d8b8ecfdf985ca0" ON "stall"("province")`);
    await q.query(`CREATE INDEX "IDX_78ab968d75f6b085f7ee55bbd8" ON "stall"("status")`);
    await q.query(
      `CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stall_id" uuid NOT NULL, "slug" character varying(120) NOT NULL, "name" character varying(160) NOT NULL, "description" text, "category_id" uuid NOT NULL, "price" integer NOT NULL, "compare_at_price" integer, "unit" character varying(32) NOT NULL, "weight_grams" integer, "stock" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "ocop_stars" smallint, "ocop_certificate_no" character varying(64), "ocop_year" smallint, "origin_province" character varying(32), "province" character varying(32) NOT NULL, "rating_avg" real NOT NULL DEFAULT '0', "rating_count" integer NOT NULL DEFAULT '0', "search_name" text NOT NULL, "search_text" text NOT NULL, CONSTRAINT "CHK_product_ocop" CHECK ("ocop_stars" IS NULL OR "ocop_stars" BETWEEN 3 AND 5), CONSTRAINT "CHK_product_compare_at" CHECK ("compare_at_price" IS NULL OR "compare_at_price" > "price"), CONSTRAINT "CHK_product_stock" CHECK ("stock" >= 0), CONSTRAINT "CHK_product_price" CHECK ("price" > 0), CONSTRAINT "CHK_product_status" CHECK ("status" IN ('draft', 'active', 'archived')), CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_4faceb2abf0431630948c23339" ON "product"("stall_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_product_slug" ON "product"("slug")`);
    await q.query(`CREATE INDEX "IDX_0dce9bc93c2d2c399982d04bef" ON "product"("category_id")`);
    await q.query(`CREATE INDEX "IDX_b3234b06e4d16f52b384dfa4dd" ON "product"("price")`);
    await q.query(`CREATE INDEX "IDX_01286e06a0554cbb19375f0178" ON "product"("status")`);
    await q.query(`CREATE INDEX "IDX_806971b45ee660f17c78fc22b7" ON "product"("ocop_stars")`);
    await q.query(`CREATE INDEX "IDX_fbc4ce77a804824070c80876aa" ON "product"("province")`);
    await q.query(`CREATE INDEX "IDX_bb9488fcb9fd3b90e4d7277494" ON "product"("rating_avg")`);
    await q.query(
      `CREATE TABLE "product_image" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "product_id" uuid NOT NULL, "position" smallint NOT NULL, "hash" character(64) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "widths" integer array NOT NULL, CONSTRAINT "PK_99d98a80f57857d51b5f63c8240" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_dbc7d9aa7ed42c9141b968a9ed" ON "product_image"("product_id")`);
    await q.query(
      `CREATE TABLE "stall_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stall_id" uuid NOT NULL, "admin_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "reason" text, CONSTRAINT "PK_d016de0136bb47920badab33eaa" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_15d8b2912a830f406dd649516d" ON "stall_decision"("stall_id")`);
    await q.query(
      `ALTER TABLE "category" ADD CONSTRAINT "FK_1117b4fcb3cd4abb4383e1c2743" FOREIGN KEY ("parent_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stall" ADD CONSTRAINT "FK_a72cf3d4b96932ab95f161e7155" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "product" ADD CONSTRAINT "FK_4faceb2abf0431630948c23339a" FOREIGN KEY ("stall_id") REFERENCES "stall"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "product" ADD CONSTRAINT "FK_0dce9bc93c2d2c399982d04bef1" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "product_image" ADD CONSTRAINT "FK_dbc7d9aa7ed42c9141b968a9ed3" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stall_decision" ADD CONSTRAINT "FK_15d8b2912a830f406dd649516dd" FOREIGN KEY ("stall_id") REFERENCES "stall"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stall_decision" ADD CONSTRAINT "FK_e3d386031415879dbce6e3a6d8c" FOREIGN KEY ("admin_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE INDEX "IDX_product_search_name_trgm" ON "product" USING gin ("search_name" gin_trgm_ops)`);
    await q.query(`CREATE INDEX "IDX_product_search_fts" ON "product" USING gin (to_tsvector('simple', "search_text"))`);
    await q.query(`CREATE INDEX "IDX_product_public_newest" ON "product" ("created_at" DESC) WHERE "status" = 'active'`);
    await q.query(`CREATE INDEX "IDX_stall_search_name_trgm" ON "stall" USING gin ("search_name" gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_stall_search_name_trgm"`);
    await q.query(`DROP INDEX "public"."IDX_product_public_newest"`);
    await q.query(`DROP INDEX "public"."IDX_product_search_fts"`);
    await q.query(`DROP INDEX "public"."IDX_product_search_name_trgm"`);
    await q.query(`ALTER TABLE "stall_decision" DROP CONSTRAINT "FK_e3d386031415879dbce6e3a6d8c"`);
    await q.query(`ALTER TABLE "stall_decision" DROP CONSTRAINT "FK_15d8b2912a830f406dd649516dd"`);
    await q.query(`ALTER TABLE "product_image" DROP CONSTRAINT "FK_dbc7d9aa7ed42c9141b968a9ed3"`);
    await q.query(`ALTER TABLE "product" DROP CONSTRAINT "FK_0dce9bc93c2d2c399982d04bef1"`);
    await q.query(`ALTER TABLE "product" DROP CONSTRAINT "FK_4faceb2abf0431630948c23339a"`);
    await q.query(`ALTER TABLE "stall" DROP CONSTRAINT "FK_a72cf3d4b96932ab95f161e7155"`);
    await q.query(`ALTER TABLE "category" DROP CONSTRAINT "FK_1117b4fcb3cd4abb4383e1c2743"`);
    await q.query(`DROP INDEX "public"."IDX_15d8b2912a830f406dd649516d"`);
    await q.query(`DROP TABLE "stall_decision"`);
    await q.query(`DROP INDEX "public"."IDX_dbc7d9aa7ed42c9141b968a9ed"`);
    await q.query(`DROP TABLE "product_image"`);
    await q.query(`DROP INDEX "public"."IDX_bb9488fcb9fd3b90e4d7277494"`);
    await q.query(`DROP INDEX "public"."IDX_fbc4ce77a804824070c80876aa"`);
    await q.query(`DROP INDEX "public"."IDX_806971b45ee660f17c78fc22b7"`);
    await q.query(`DROP INDEX "public"."IDX_01286e06a0554cbb19375f0178"`);
    await q.query(`DROP INDEX "public"."IDX_b3234b06e4d16f52b384dfa4dd"`);
    await q.query(`DROP INDEX "public"."IDX_0dce9bc93c2d2c399982d04bef"`);
    await q.query(`DROP INDEX "public"."UQ_product_slug"`);
    await q.query(`DROP INDEX "public"."IDX_4faceb2abf0431630948c23339"`);
    await q.query(`DROP TABLE "product"`);
    await q.query(`DROP INDEX "public"."IDX_78ab968d75f6b085f7ee55bbd8"`);
    await q.query(`DROP INDEX "public"."IDX_ad2824d5c48d8b8ecfdf985ca0"`);
    await q.query(`DROP INDEX "public"."UQ_stall_slug"`);
    await q.query(`DROP INDEX "public"."UQ_stall_owner"`);
    await q.query(`DROP TABLE "stall"`);
    await q.query(`DROP INDEX "public"."UQ_category_slug"`);
    await q.query(`DROP INDEX "public"."IDX_1117b4fcb3cd4abb4383e1c274"`);
    await q.query(`DROP TABLE "category"`);
  }
}
