import type { Review as ReviewDto } from "@chophien/contracts";
import { presentImage } from "../../lib/images/present";
import type { Review } from "./review.entity";

/**
 * The name shown on a review: the given name only, for privacy. Vietnamese names put it last
 * ("Nguyễn Thị Lan" → "Lan").
 */
export function givenName(fullName: string): string {
  return fullName.trim().split(/\s+/).pop() || "Khách";
}

/** A review as shoppers, sellers and admins see it (never the author's id, email or full name). */
export function presentReview(r: Review, authorFullName: string): ReviewDto {
  return {
    id: r.id,
    productId: r.productId,
    rating: r.rating,
    text: r.text,
    image: r.image ? presentImage(r.image) : null,
    authorName: givenName(authorFullName),
    reply: r.reply,
    repliedAt: r.repliedAt?.toISOString() ?? null,
    hidden: r.hiddenAt !== null,
    createdAt: r.createdAt.toISOString(),
  };
}
