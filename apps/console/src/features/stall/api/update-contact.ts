import type { StallResponse } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { myStallQuery } from "./get-my-stall";

/** PATCH /api/seller/profile — whether the stall's phone is shown on its public page, and whether it takes Zalo. */
export function useUpdateContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { contactPublic: boolean; contactZalo: boolean }) =>
      api<StallResponse>("/seller/profile", { method: "PATCH", body }).then((r) => r.stall),
    onSuccess: (stall) => qc.setQueryData(myStallQuery().queryKey, stall),
  });
}
