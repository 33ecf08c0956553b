import type { AddressResponse, CreateAddressRequest } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { addressesKey } from "./get-addresses";

/** POST /api/me/addresses — saves an address (the first becomes the default; the 11th is a 422). */
export const createAddress = (body: CreateAddressRequest) =>
  api<AddressResponse>("/me/addresses", { method: "POST", body }).then((r) => r.address);

/** Saves an address, then refreshes the list (a new default moves the old one's badge). */
export function useCreateAddress() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createAddress,
    onSettled: () => qc.invalidateQueries({ queryKey: addressesKey }),
  });
}
