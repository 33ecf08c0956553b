import { z } from "zod";
import { page } from "./common";
import { Image } from "./media";
import { PageQuery } from "./stalls";

export const CreateReviewRequest = z
  .object({ rating: z.number().int().min(1).max(5), text: z.string().trim().max(2000).optional() })
  .strict()
  .meta({ id: "CreateReviewRequest" });
export type CreateReviewRequest = z.infer<typeof CreateReviewRequest>;

export const ReplyRequest = z
  .object({ text: z.string().trim().min(2).max(2000) })
  .strict()
  .meta({ id: "ReplyRequest" });

export const Review = z
  .object({
    id: z.uuid(),
    productId: z.uuid(),
    rating: z.number().int(),
    text: z.string().nullable(),
    image: Image.nullable(),
    /** First name only, for privacy. */
    authorName: z.string(),
    reply: z.string().nullable(),
    repliedAt: z.iso.datetime().nullable(),
    hidden: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Review" });
export type Review = z.infer<typeof Review>;
export const ReviewResponse = z.object({ review: Review }).meta({ id: "ReviewResponse" });
export const ReviewList = page(Review).meta({ id: "ReviewList" });
export const ReviewListQuery = z.object({ ...PageQuery }).strict();
