import { ErrorBody, HealthResponse } from "@chophien/contracts";
import type { z } from "zod";

/** An API error in the contract's shape, with the HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody["error"],
  ) {
    super(body.message);
  }
}

/** Calls the API and parses the answer with the contract schema: nothing untyped crosses the boundary. */
export async function apiRequest<T extends z.ZodType>(schema: T, path: string, init: RequestInit = {}): Promise<z.output<T>> {
  const res = await fetch(`/api${path}`, {
    credentials: "same-origin",
    ...init,
    headers: { Accept: "application/json", ...init.headers },
  });
  const data: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
  if (!res.ok) {
    const parsed = ErrorBody.safeParse(data);
    throw new ApiError(res.status, parsed.success ? parsed.data.error : { code: "internal", message: res.statusText });
  }
  return schema.parse(data);
}

/** GET /api/health. */
export const fetchHealth = () => apiRequest(HealthResponse, "/health");
