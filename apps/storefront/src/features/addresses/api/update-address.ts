import type { AddressResponse, UpdateAddressRequest } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { addressesKey } from "./get-addresses";

/** PATCH /api/me/addresses/:id — edits an address, or makes it the default with `{isDefault: true}`. */
export const updateAddress = ({ id, body }: { id: string; body: UpdateAddressRequest }) =>
  api<AddressResponse>(`/me/addresses/${encodeURIComponent(id)}`, { method: "PATCH", body }).then((r) => r.address);

/** Edits an address, then refreshes the list (moving the default changes two rows and the order). */
export function useUpdateAddress() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateAddress,
    onSettled: () => qc.invalidateQueries({ queryKey: addressesKey }),
  });
}
