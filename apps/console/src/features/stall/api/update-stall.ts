import type { StallResponse, UpdateStallRequest } from "@chophien/contracts";
import { api } from "@/shared/api/api-client";

/** PATCH /api/me/stall — the owner's edits; editing a rejected application sends it back to the queue. */
export const updateStall = (body: UpdateStallRequest) =>
  api<StallResponse>("/me/stall", { method: "PATCH", body }).then((r) => r.stall);
