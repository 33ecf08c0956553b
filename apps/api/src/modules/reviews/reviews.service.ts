import type { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import type { CreateReviewRequest, Review as ReviewDto } from "@chophien/contracts";
import { isUniqueViolation } from "../../db/errors";
import { AppError } from "../../http/errors";
import type { ImageProcessor } from "../../lib/images/image-processor";
import { storeImage } from "../../lib/images/image-store";
import type { FileStorage } from "../../lib/storage/storage";
import { PUBLIC_PRODUCT } from "../catalog/catalog-query";
import type { ActingStall } from "../helpers/acting-stall";
import { isStallInsider, stallInsiderSql } from "../stalls/stall-insiders";
import type { Stall } from "../stalls/stall.entity";
import type { User } from "../users/user.entity";
import { Review } from "./review.entity";
import { presentReview } from "./reviews.presenter";

const NOT_RECEIVED = "You can review products you have received";
const ALREADY_REVIEWED = "You have already reviewed this product";
const OWN_STALL = "You cannot review your own stall's products: ratings are the buyers' word";
/** SQL: the review `r` is by an insider of the stall selling its product `p` (it counts nowhere). */
const BY_INSIDER = stallInsiderSql("r.author_id", "p.stall_id");
/** Stall order statuses in which the buyer has the goods in hand. */
const RECEIVED = `('delivered', 'completed')`;

export interface Page {
  page: number;
  limit: number;
}

/** Buyers' ratings of products they received, the seller's one reply, admins hiding abuse; keeps product ratings in step. */
export class ReviewsService {
  constructor(
    private readonly ds: DataSource,
    private readonly images: { processor: ImageProcessor; storage: FileStorage },
  ) {}

  /**
   * Reviews `productId` as `author`: only after receiving it (a delivered or completed stall order), once, and
   * never by the product's own stall (403 `self_review`).
   */
  async create(author: User, productId: string, input: CreateReviewRequest): Promise<ReviewDto> {
    try {
      return await this.ds.transaction(async (m) => {
        // The product row lock serialises this product's rating updates (and a buyer's double submit).
        const stallId = await lockProduct(m, productId);
        if (await isStallInsider(m, author.id, stallId)) throw new AppError("self_review", OWN_STALL);
        if (!(await hasReceived(m, author.id, productId))) throw AppError.forbidden(NOT_RECEIVED);
        if (await m.exists(Review, { where: { productId, authorId: author.id } })) throw AppError.conflict(ALREADY_REVIEWED);
        const review = m.create(Review, {
          productId,
          authorId: author.id,
          rating: input.rating,
          text: input.text || null,
          image: null,
          reply: null,
          repliedAt: null,
          hiddenAt: null,
        });
        await m.insert(Review, review);
        await recomputeRating(m, productId);
        return this.view(m, review.id);
      });
    } catch (err) {
      // UQ_review_product_author: the last line of defence if two requests slipped past the check together.
      if (isUniqueViolation(err)) throw AppError.conflict(ALREADY_REVIEWED);
      throw err;
    }
  }

  /** Attaches the author's photo (a second upload replaces the first); someone else's review is a 404. */
  async setPhoto(author: User, reviewId: string, file: Buffer): Promise<ReviewDto> {
    // Checked before the image work, so nobody can make us decode images for reviews they do not own.
    if (!(await this.ds.getRepository(Review).exists({ where: { id: reviewId, authorId: author.id } })))
      throw AppError.notFound("Review");
    const ref = await storeImage(this.images.processor, this.images.storage, file);
    return this.ds.transaction(async (m) => {
      const res = await m.update(Review, { id: reviewId, authorId: author.id }, { image: ref });
      if (!res.affected) throw AppError.notFound("Review");
      // The old image's files stay: storage is content-addressed and other rows may share them.
      return this.view(m, reviewId);
    });
  }

  /** A public product's visible reviews, newest first, without any by its own stall; 404 unless the product is public. */
  async listPublic(productId: string, page: Page): Promise<{ items: ReviewDto[]; total: number }> {
    const [visible] = await this.ds.query<{ id: string }[]>(
      `SELECT p.id FROM product p JOIN stall s ON s.id = p.stall_id WHERE p.id = $1 AND ${PUBLIC_PRODUCT}`,
      [productId],
    );
    if (!visible) throw AppError.notFound("Product");
    return this.list(
      this.withAuthor(this.ds.manager)
        .innerJoin("r.product", "p")
        .where("r.product_id = :productId", { productId })
        .andWhere("r.hidden_at IS NULL")
        .andWhere(`NOT ${BY_INSIDER}`),
      page,
    );
  }

  /** Reviews of `stall`'s products for its console (hidden ones included and flagged), newest first. */
  async listForStall(stall: Stall, page: Page): Promise<{ items: ReviewDto[]; total: number }> {
    return this.list(
      this.withAuthor(this.ds.manager).innerJoin("r.product", "p").where("p.stall_id = :stallId", { stallId: stall.id }),
      page,
    );
  }

  /** The seller's one public reply to a review of one of their products; another stall's review is a 404. */
  async reply(ctx: ActingStall, reviewId: string, text: string): Promise<ReviewDto> {
    const { stall } = ctx;
    return this.ds.transaction(async (m) => {
      // One statement decides, so two replies racing cannot both land.
      const updated = await m.query<unknown[][]>(
        `UPDATE review r SET reply = $3, replied_at = now(), updated_at = now()
           FROM product p
          WHERE r.id = $1 AND p.id = r.product_id AND p.stall_id = $2 AND r.reply IS NULL
          RETURNING r.id`,
        [reviewId, stall.id, text],
      );
      if (!updated[0]?.length) {
        const ours = await m
          .createQueryBuilder(Review, "r")
          .innerJoin("r.product", "p")
          .where("r.id = :reviewId AND p.stall_id = :stallId", { reviewId, stallId: stall.id })
          .getExists();
        if (!ours) throw AppError.notFound("Review");
        throw AppError.conflict("This review already has your reply");
      }
      await ctx.audit(m, { targetId: reviewId, before: { reply: null }, after: { reply: text } });
      return this.view(m, reviewId);
    });
  }

  /** An admin hides (or shows again) a review; it leaves (or rejoins) the public list and the product's rating. */
  async setHidden(reviewId: string, hidden: boolean): Promise<ReviewDto> {
    return this.ds.transaction(async (m) => {
      const review = await m.findOne(Review, { where: { id: reviewId }, select: { id: true, productId: true } });
      if (!review) throw AppError.notFound("Review");
      await lockProduct(m, review.productId);
      await m.query(
        `UPDATE review SET hidden_at = ${hidden ? "coalesce(hidden_at, now())" : "NULL"}, updated_at = now() WHERE id = $1`,
        [reviewId],
      );
      await recomputeRating(m, review.productId);
      return this.view(m, reviewId);
    });
  }

  private withAuthor(m: EntityManager): SelectQueryBuilder<Review> {
    return m.createQueryBuilder(Review, "r").innerJoin("r.author", "a").addSelect(["a.id", "a.fullName"]);
  }

  private async list(qb: SelectQueryBuilder<Review>, { page, limit }: Page): Promise<{ items: ReviewDto[]; total: number }> {
    // Each review has one author and one product, so offset/limit on the joined rows is exact.
    const [rows, total] = await qb
      .orderBy("r.created_at", "DESC")
      .addOrderBy("r.id", "DESC")
      .offset((page - 1) * limit)
      .limit(limit)
      .getManyAndCount();
    return { items: rows.map((r) => presentReview(r, r.author?.fullName ?? "")), total };
  }

  private async view(m: EntityManager, reviewId: string): Promise<ReviewDto> {
    const r = await this.withAuthor(m).where("r.id = :reviewId", { reviewId }).getOne();
    if (!r) throw AppError.notFound("Review");
    return presentReview(r, r.author?.fullName ?? "");
  }
}

/**
 * Locks the product row (404 if missing). NO KEY UPDATE, so order and cart inserts that reference the
 * product (their foreign-key checks take KEY SHARE) are not blocked.
 */
async function lockProduct(m: EntityManager, productId: string): Promise<string> {
  const [row] = await m.query<{ stall_id: string }[]>(`SELECT stall_id FROM product WHERE id = $1 FOR NO KEY UPDATE`, [
    productId,
  ]);
  if (!row) throw AppError.notFound("Product");
  return row.stall_id;
}

/** True when `buyerId` has an order line for the product in a delivered or completed stall order. */
async function hasReceived(m: EntityManager, buyerId: string, productId: string): Promise<boolean> {
  const rows = await m.query<unknown[]>(
    `SELECT 1 FROM order_item oi
       JOIN stall_order so ON so.id = oi.stall_order_id
       JOIN customer_order o ON o.id = so.order_id
      WHERE oi.product_id = $1 AND o.buyer_id = $2 AND so.status IN ${RECEIVED}
      LIMIT 1`,
    [productId, buyerId],
  );
  return rows.length > 0;
}

/**
 * Rebuilds the product's rating from its visible reviews: average to 2 decimals (0 when none) and count.
 * Reviews by the stall's own insiders (written before they were refused) never count: the rating feeds the
 * "top rated" sort and the related products, so self-dealing must not move it.
 */
export async function recomputeRating(m: EntityManager, productId: string): Promise<void> {
  await m.query(
    `UPDATE product p SET rating_avg = v.avg, rating_count = v.n
       FROM (SELECT coalesce(round(avg(r.rating)::numeric, 2), 0)::real AS avg, count(*)::int AS n
               FROM review r JOIN product p ON p.id = r.product_id
              WHERE r.product_id = $1 AND r.hidden_at IS NULL AND NOT ${BY_INSIDER}) v
      WHERE p.id = $1`,
    [productId],
  );
}
