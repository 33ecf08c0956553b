import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

export const BANK_TRANSFER_STATUSES = ["unmatched", "matched", "resolved"] as const;
export type BankTransferStatus = (typeof BANK_TRANSFER_STATUSES)[number];

/** A bank notification as GET /api/admin/bank-transfers presents it (schema `BankTransfer` in the API's routes). */
export interface BankTransfer {
  id: string;
  transactionId: string;
  /** đồng */
  amount: number;
  content: string;
  transactedAt: string;
  status: BankTransferStatus;
  reason: string | null;
  paymentId: string | null;
  matchedById: string | null;
  matchedAt: string | null;
  matchNote: string | null;
  createdAt: string;
}

interface BankTransferPage {
  items: BankTransfer[];
  total: number;
  page: number;
  limit: number;
}

/** GET /api/admin/bank-transfers?status — newest first; `unmatched` ones wait for an admin. */
export const useBankTransfers = (status: BankTransferStatus, page = 1) =>
  useQuery({
    queryKey: ["admin-bank-transfers", status, page],
    queryFn: ({ signal }) => api<BankTransferPage>("/admin/bank-transfers", { query: { status, page, limit: 30 }, signal }),
    placeholderData: keepPreviousData,
  });

/** POST /api/admin/bank-transfers/:id/match — pays `orderCode` with the transfer, or resolves it without one. */
export function useMatchTransfer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, orderCode, note }: { id: string; orderCode?: string; note: string }) =>
      api<{ transfer: BankTransfer }>(`/admin/bank-transfers/${id}/match`, {
        method: "POST",
        body: orderCode ? { orderCode, note } : { note },
      }).then((r) => r.transfer),
    onSettled: () => qc.invalidateQueries({ queryKey: ["admin-bank-transfers"] }),
  });
}
