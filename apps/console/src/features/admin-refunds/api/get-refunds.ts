import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import type { Refund, RefundStatus } from "./types";

export interface RefundPage {
  items: Refund[];
  total: number;
  page: number;
  limit: number;
}

/** GET /api/admin/refunds?status — refunds newest first; `failed` ones need an admin. */
export const getRefunds = (status: RefundStatus | undefined, page: number, signal?: AbortSignal) =>
  api<RefundPage>("/admin/refunds", { query: { status, page, limit: 30 }, signal });

export const refundsQuery = (status: RefundStatus | undefined, page = 1) =>
  queryOptions({ queryKey: ["admin-refunds", status, page], queryFn: ({ signal }) => getRefunds(status, page, signal) });

export const useRefunds = (status: RefundStatus | undefined, page = 1) =>
  useQuery({ ...refundsQuery(status, page), placeholderData: keepPreviousData });
