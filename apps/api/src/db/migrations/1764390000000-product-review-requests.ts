import type { MigrationInterface, QueryRunner } from "typeorm";

/** A seller whose product was hidden can ask the admins to look again once it is fixed (with a note). */
export class ProductReviewRequests1764390000000 implements MigrationInterface {
  name = "ProductReviewRequests1764390000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "product" ADD "review_requested_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "product" ADD "review_request_note" text`);
    await q.query(
      `ALTER TABLE "product" ADD CONSTRAINT "CHK_product_review_request" CHECK ("review_requested_at" IS NULL OR "hidden_at" IS NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "product" DROP CONSTRAINT "CHK_product_review_request"`);
    await q.query(`ALTER TABLE "product" DROP COLUMN "review_request_note"`);
    await q.query(`ALTER TABLE "product" DROP COLUMN "review_requested_at"`);
  }
}
