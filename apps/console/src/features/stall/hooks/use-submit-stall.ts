import type { CreateStallRequest, Stall } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { createStall } from "../api/create-stall";
import { updateStall } from "../api/update-stall";
import { uploadStallImage } from "../api/upload-stall-image";

export interface StallSubmission {
  body: CreateStallRequest;
  logo: File | null;
  banner: File | null;
}

/** The result: the stall, and which picked images the API refused (the application itself went through). */
export interface StallSubmitResult {
  stall: Stall;
  failedImages: ("logo" | "banner")[];
}

/**
 * Sends the application (POST /api/stalls) or the edit (PATCH /api/me/stall — optional fields cleared with null),
 * then uploads the picked logo and banner; those need the stall to exist, so they come after.
 */
export function useSubmitStall(existing: Stall | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, logo, banner }: StallSubmission): Promise<StallSubmitResult> => {
      let stall = existing
        ? await updateStall({
            ...body,
            description: body.description ?? null,
            businessRegistrationNo: body.businessRegistrationNo ?? null,
            founderBirthYear: body.founderBirthYear ?? null,
          })
        : await createStall(body);
      const failedImages: StallSubmitResult["failedImages"] = [];
      for (const [kind, file] of [
        ["logo", logo],
        ["banner", banner],
      ] as const) {
        if (!file) continue;
        try {
          stall = await uploadStallImage(kind, file);
        } catch {
          failedImages.push(kind);
        }
      }
      return { stall, failedImages };
    },
    onSuccess: ({ stall }) => {
      qc.setQueryData(["my-stall"], stall);
      void qc.invalidateQueries({ queryKey: ["me"] });
    },
  });
}
