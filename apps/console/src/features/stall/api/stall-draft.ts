import type { StallDraftFields, StallDraftResponse } from "@chophien/contracts";
import { useMutation, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/me/stall-draft — the application as last saved, its phone prefilled from the account. */
export const getStallDraft = (signal?: AbortSignal) => api<StallDraftResponse>("/me/stall-draft", { signal });

export const useStallDraft = (enabled: boolean) =>
  useQuery({ queryKey: ["stall-draft"], queryFn: ({ signal }) => getStallDraft(signal), enabled, staleTime: Infinity });

/** PUT /api/me/stall-draft — replaces the saved draft. */
export const useSaveStallDraft = () =>
  useMutation({
    mutationFn: (draft: StallDraftFields) => api<StallDraftResponse>("/me/stall-draft", { method: "PUT", body: draft }),
  });
