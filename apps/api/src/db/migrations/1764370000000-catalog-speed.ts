import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A fast public catalog: a stored, weighted search vector (name A, everything else D) instead of parsing
 * `search_text` for every match; a covering index that facet counts and a category's newest or cheapest page
 * read alone (without `stock`, so checkout's stock updates leave it alone); indexes for the rating order and
 * for a product page's related products.
 */
export class CatalogSpeed1764370000000 implements MigrationInterface {
  name = "CatalogSpeed1764370000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "product" ADD "search_vector" tsvector NOT NULL DEFAULT ''`);
    // productSearchVector(search_name, search_text) of modules/catalog/search-text.ts, frozen here.
    await q.query(
      `UPDATE "product" SET "search_vector" = setweight(to_tsvector('simple', "search_name"), 'A') || to_tsvector('simple', "search_text")`,
    );
    await q.query(`DROP INDEX "public"."IDX_product_search_fts"`);
    await q.query(`CREATE INDEX "IDX_product_search_vector" ON "product" USING gin ("search_vector")`);
    await q.query(
      `CREATE INDEX "IDX_product_public_facets" ON "product" ("category_id", "province", "ocop_stars") INCLUDE ("stall_id", "price", "created_at", "id") WHERE "status" = 'active'`,
    );
    await q.query(
      `CREATE INDEX "IDX_product_public_rating" ON "product" ("rating_avg" DESC, "rating_count" DESC, "id") WHERE "status" = 'active'`,
    );
    await q.query(
      `CREATE INDEX "IDX_product_public_related" ON "product" ("category_id", "rating_avg" DESC, "created_at" DESC, "id") WHERE "status" = 'active'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_product_public_related"`);
    await q.query(`DROP INDEX "public"."IDX_product_public_rating"`);
    await q.query(`DROP INDEX "public"."IDX_product_public_facets"`);
    await q.query(`DROP INDEX "public"."IDX_product_search_vector"`);
    await q.query(`CREATE INDEX "IDX_product_search_fts" ON "product" USING gin (to_tsvector('simple', "search_text"))`);
    await q.query(`ALTER TABLE "product" DROP COLUMN "search_vector"`);
  }
}
