import type { PayoutList } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/seller/payouts — the bank transfers the platform has made to the stall. */
export const getPayouts = (page: number, signal?: AbortSignal) =>
  api<PayoutList>("/seller/payouts", { query: { page, limit: 20 }, signal });

export const payoutsQuery = (page: number) =>
  queryOptions({ queryKey: ["seller-payouts", page], queryFn: ({ signal }) => getPayouts(page, signal) });

export const usePayouts = (page = 1) => useQuery(payoutsQuery(page));
