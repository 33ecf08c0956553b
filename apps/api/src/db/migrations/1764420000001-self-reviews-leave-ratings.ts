import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A stall's owner can no longer review the stall's products, and reviews they wrote before no longer count:
 * the rating of every product with such a review is rebuilt from the buyers' visible reviews alone (the same
 * rule as `recomputeRating`, written out here as it stands today). The reviews themselves stay, out of every list.
 */
export class SelfReviewsLeaveRatings1764420000001 implements MigrationInterface {
  name = "SelfReviewsLeaveRatings1764420000001";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `WITH affected AS (
         SELECT DISTINCT r."product_id" FROM "review" r
           JOIN "product" p ON p."id" = r."product_id" JOIN "stall" s ON s."id" = p."stall_id"
          WHERE s."owner_id" = r."author_id")
       UPDATE "product" p SET "rating_avg" = v.avg, "rating_count" = v.n
         FROM (SELECT a."product_id", coalesce(round(avg(r."rating")::numeric, 2), 0)::real AS avg, count(r."id")::int AS n
                 FROM affected a
                 JOIN "product" ap ON ap."id" = a."product_id" JOIN "stall" s ON s."id" = ap."stall_id"
                 LEFT JOIN "review" r ON r."product_id" = a."product_id" AND r."hidden_at" IS NULL AND r."author_id" <> s."owner_id"
                GROUP BY a."product_id") v
        WHERE p."id" = v."product_id"`,
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: the ratings are derived, and the previous ones counted reviews that should never have.
  }
}
