import type { Review } from "@chophien/contracts";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

export interface ReviewPage {
  items: Review[];
  total: number;
  page: number;
  limit: number;
}

/** GET /api/seller/reviews — reviews of the stall's products, newest first. */
export const getSellerReviews = (page: number, signal?: AbortSignal) =>
  api<ReviewPage>("/seller/reviews", { query: { page, limit: 20 }, signal });

export const sellerReviewsQuery = (page: number) =>
  queryOptions({ queryKey: ["seller-reviews", page], queryFn: ({ signal }) => getSellerReviews(page, signal) });

export const useSellerReviews = (page = 1) => useQuery({ ...sellerReviewsQuery(page), placeholderData: keepPreviousData });
