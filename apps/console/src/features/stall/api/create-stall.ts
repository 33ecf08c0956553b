import type { CreateStallRequest, StallResponse } from "@chophien/contracts";
import { api } from "@/shared/api/api-client";

/** POST /api/stalls — opens an application (status `pending`); one stall per user (409). */
export const createStall = (body: CreateStallRequest) =>
  api<StallResponse>("/stalls", { method: "POST", body }).then((r) => r.stall);
