import type { Organisation, RegisterOrganisationRequest } from "@chophien/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/me/organisation — mine, or null when I have none. */
export const useMyOrganisation = (enabled = true) =>
  useQuery({
    queryKey: ["organisation", "mine"],
    enabled,
    queryFn: ({ signal }) =>
      api<{ organisation: Organisation | null }>("/me/organisation", { signal }).then((r) => r.organisation),
  });

/** POST /api/me/organisation — register my business (pending until an admin verifies it). */
export function useRegisterOrganisation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterOrganisationRequest) =>
      api<{ organisation: Organisation }>("/me/organisation", { method: "POST", body }).then((r) => r.organisation),
    onSuccess: (organisation) => qc.setQueryData(["organisation", "mine"], organisation),
  });
}
