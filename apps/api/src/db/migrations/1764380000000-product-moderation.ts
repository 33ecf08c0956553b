import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Admins can hide a product from the market (with a reason the seller reads) without touching the seller's own
 * status: `hidden_at`/`hidden_reason`/`hidden_by_id` on product, every decision in `product_moderation`.
 * The public partial indexes now leave hidden products out too, so the catalog's reads stay index-only.
 */
export class ProductModeration1764380000000 implements MigrationInterface {
  name = "ProductModeration1764380000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "product_moderation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "product_id" uuid NOT NULL, "admin_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "reason" text, CONSTRAINT "PK_f44c699cefaf62f20a4637b1b5e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_ef5c59c4ddc3792547170bd6d1" ON "product_moderation" ("product_id")`);
    await q.query(`ALTER TABLE "product" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "product" ADD "hidden_reason" text`);
    await q.query(`ALTER TABLE "product" ADD "hidden_by_id" uuid`);
    await q.query(
      `ALTER TABLE "product" ADD CONSTRAINT "CHK_product_hidden" CHECK (("hidden_at" IS NULL) = ("hidden_reason" IS NULL))`,
    );
    await q.query(
      `ALTER TABLE "product" ADD CONSTRAINT "FK_62d9d2721ab09e4da23c46dd266" FOREIGN KEY ("hidden_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "product_moderation" ADD CONSTRAINT "FK_ef5c59c4ddc3792547170bd6d1c" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "product_moderation" ADD CONSTRAINT "FK_4f8ae8729ec63657df49137cbf8" FOREIGN KEY ("admin_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE INDEX "IDX_product_hidden" ON "product" ("hidden_at" DESC) WHERE "hidden_at" IS NOT NULL`);
    await this.publicIndexes(q, `"status" = 'active' AND "hidden_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await this.publicIndexes(q, `"status" = 'active'`);
    await q.query(`DROP INDEX "public"."IDX_product_hidden"`);
    await q.query(`ALTER TABLE "product_moderation" DROP CONSTRAINT "FK_4f8ae8729ec63657df49137cbf8"`);
    await q.query(`ALTER TABLE "product_moderation" DROP CONSTRAINT "FK_ef5c59c4ddc3792547170bd6d1c"`);
    await q.query(`ALTER TABLE "product" DROP CONSTRAINT "FK_62d9d2721ab09e4da23c46dd266"`);
    await q.query(`ALTER TABLE "product" DROP CONSTRAINT "CHK_product_hidden"`);
    await q.query(`ALTER TABLE "product" DROP COLUMN "hidden_by_id"`);
    await q.query(`ALTER TABLE "product" DROP COLUMN "hidden_reason"`);
    await q.query(`ALTER TABLE "product" DROP COLUMN "hidden_at"`);
    await q.query(`DROP INDEX "public"."IDX_ef5c59c4ddc3792547170bd6d1"`);
    await q.query(`DROP TABLE "product_moderation"`);
  }

  /** The four partial indexes of the public catalog (see stalls-catalog and catalog-speed), rebuilt for `where`. */
  private async publicIndexes(q: QueryRunner, where: string): Promise<void> {
    for (const name of ["newest", "facets", "rating", "related"])
      await q.query(`DROP INDEX "public"."IDX_product_public_${name}"`);
    await q.query(`CREATE INDEX "IDX_product_public_newest" ON "product" ("created_at" DESC) WHERE ${where}`);
    await q.query(
      `CREATE INDEX "IDX_product_public_facets" ON "product" ("category_id", "province", "ocop_stars") INCLUDE ("stall_id", "price", "created_at", "id") WHERE ${where}`,
    );
    await q.query(
      `CREATE INDEX "IDX_product_public_rating" ON "product" ("rating_avg" DESC, "rating_count" DESC, "id") WHERE ${where}`,
    );
    await q.query(
      `CREATE INDEX "IDX_product_public_related" ON "product" ("category_id", "rating_avg" DESC, "created_at" DESC, "id") WHERE ${where}`,
    );
  }
}
