import type { LedgerResponse } from "@chophien/contracts";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/seller/ledger — the stall's ledger lines, newest first, and its balance (available, pending sales). */
export const getLedger = (page: number, signal?: AbortSignal) =>
  api<LedgerResponse>("/seller/ledger", { query: { page, limit: 20 }, signal });

/** Always fetched again when shown: the balance moves when a buyer confirms receipt, which this tab cannot see. */
export const ledgerQuery = (page: number) =>
  queryOptions({ queryKey: ["seller-ledger", page], queryFn: ({ signal }) => getLedger(page, signal), staleTime: 0 });

export const useLedger = (page = 1) => useQuery({ ...ledgerQuery(page), placeholderData: keepPreviousData });
