import type { AddressList } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { addressesKey } from "./get-addresses";

/** DELETE /api/me/addresses/:id — the remaining addresses (the newest becomes the default if the default went). */
export const deleteAddress = (id: string) => api<AddressList>(`/me/addresses/${encodeURIComponent(id)}`, { method: "DELETE" });

/** Deletes an address; the answer is the new list, written straight into the cache. */
export function useDeleteAddress() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteAddress,
    onSuccess: (list) => qc.setQueryData(addressesKey, list),
  });
}
