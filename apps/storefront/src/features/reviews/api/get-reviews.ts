import type { ReviewList } from "@chophien/contracts";
import { useInfiniteQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "@/shared/api/api-client";

export type ReviewPage = z.infer<typeof ReviewList>;
const PAGE_SIZE = 5;

/** GET /api/products/:id/reviews — visible reviews, newest first (authors by given name only). */
export const getReviews = (productId: string, page: number, signal?: AbortSignal) =>
  api<ReviewPage>(`/products/${encodeURIComponent(productId)}/reviews`, { query: { page, limit: PAGE_SIZE }, signal });

export const reviewsKey = (productId: string) => ["reviews", productId] as const;

/** Reviews five at a time; "more" appends the next page under the ones already read. */
export const useReviews = (productId: string) =>
  useInfiniteQuery({
    queryKey: reviewsKey(productId),
    queryFn: ({ pageParam, signal }) => getReviews(productId, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.limit < last.total ? last.page + 1 : undefined),
  });
