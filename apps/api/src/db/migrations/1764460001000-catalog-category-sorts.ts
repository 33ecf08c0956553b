import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A category's products in each listing order (newest, price, rating), so a big category's first page sorted
 * any way reads only its own first rows (the listing's `categories` page strategy) instead of walking every
 * product of the market in that order until enough of the category turn up.
 */
export class CatalogCategorySorts1764460001000 implements MigrationInterface {
  name = "CatalogCategorySorts1764460001000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_product_category_newest" ON "product" ("category_id", "created_at" DESC, "id") WHERE "status" = 'active'`,
    );
    await q.query(
      `CREATE INDEX "IDX_product_category_price" ON "product" ("category_id", "price", "id") WHERE "status" = 'active'`,
    );
    await q.query(
      `CREATE INDEX "IDX_product_category_rating" ON "product" ("category_id", "rating_avg" DESC, "rating_count" DESC, "id") WHERE "status" = 'active'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_product_category_rating"`);
    await q.query(`DROP INDEX "public"."IDX_product_category_price"`);
    await q.query(`DROP INDEX "public"."IDX_product_category_newest"`);
  }
}
