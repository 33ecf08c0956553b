import type { CreateReviewRequest, Review } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { reviewsKey } from "./get-reviews";

/** POST /api/products/:id/reviews — a buyer's rating (1–5) and words about a product they received. */
export const createReview = ({ productId, ...body }: CreateReviewRequest & { productId: string }) =>
  api<{ review: Review }>(`/products/${encodeURIComponent(productId)}/reviews`, { method: "POST", body }).then((r) => r.review);

export function useCreateReview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createReview,
    onSuccess: (review) => {
      void qc.invalidateQueries({ queryKey: reviewsKey(review.productId) });
      void qc.invalidateQueries({ queryKey: ["product"] });
    },
  });
}
