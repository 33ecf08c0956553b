import type { SellerOrderQuery } from "@chophien/contracts";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import type { SellerOrderPage } from "./types";

export type SellerOrderFilters = Partial<SellerOrderQuery>;

/** GET /api/seller/orders?status — the stall's orders, newest first, with `counts` per status. */
export const getSellerOrders = (filters: SellerOrderFilters, signal?: AbortSignal) =>
  api<SellerOrderPage>("/seller/orders", { query: filters, signal });

export const sellerOrdersQuery = (filters: SellerOrderFilters) =>
  queryOptions({ queryKey: ["seller-orders", filters], queryFn: ({ signal }) => getSellerOrders(filters, signal) });

/** The inbox; checked again every minute while open, so a new order shows up without a reload. */
export const useSellerOrders = (filters: SellerOrderFilters) =>
  useQuery({ ...sellerOrdersQuery(filters), placeholderData: keepPreviousData, refetchInterval: 60_000 });
