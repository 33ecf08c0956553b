import { HealthResponse } from "@chophien/contracts";
import type { z } from "zod";
import { ApiError, readErrorBody } from "./errors";

/**
 * Calls the API and parses the answer with the contract schema: nothing untyped crosses the boundary.
 * Validating at run time costs zod in the bundle; pages that must stay light use `createApiClient` instead.
 */
export async function apiRequest<T extends z.ZodType>(schema: T, path: string, init: RequestInit = {}): Promise<z.output<T>> {
  const res = await fetch(`/api${path}`, {
    credentials: "same-origin",
    ...init,
    headers: { Accept: "application/json", ...init.headers },
  });
  const data: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
  if (!res.ok) throw new ApiError(res.status, readErrorBody(data, res.statusText));
  return schema.parse(data);
}

/** GET /api/health. */
export const fetchHealth = () => apiRequest(HealthResponse, "/health");
