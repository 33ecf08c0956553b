import type { MigrationInterface, QueryRunner } from "typeorm";

/** A product may carry its GS1 GTIN (as 14 digits, unique on the market), which GS1 Digital Link URLs resolve. */
export class ProductGtin1764481000000 implements MigrationInterface {
  name = "ProductGtin1764481000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "product" ADD "gtin" character varying(14)`);
    await q.query(`CREATE UNIQUE INDEX "UQ_product_gtin" ON "product" ("gtin") WHERE "gtin" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."UQ_product_gtin"`);
    await q.query(`ALTER TABLE "product" DROP COLUMN "gtin"`);
  }
}
