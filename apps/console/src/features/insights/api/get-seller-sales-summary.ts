import type { SellerSummary } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** One of the period's best sellers (by revenue). */
export type TopProduct = SellerSummary["topProducts"][number];

/**
 * GET /api/seller/summary?days=30 — the signed-in seller's stall over the last `days` GMT+7 days: sales per day,
 * revenue (goods, đồng) and orders, the five best sellers, and the stall's orders per status (all time).
 */
export const getSellerSalesSummary = (days = 30, signal?: AbortSignal) =>
  api<SellerSummary>("/seller/summary", { query: { days }, signal });

export const sellerSummaryQuery = (days = 30) =>
  queryOptions({
    queryKey: ["seller-summary", days],
    queryFn: ({ signal }) => getSellerSalesSummary(days, signal),
    staleTime: 60_000,
  });

export const useSellerSalesSummary = (days = 30) => useQuery(sellerSummaryQuery(days));
