import type { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from "zod-openapi";
import { ErrorBody } from "@chophien/contracts";

/** A JSON response entry for an OpenAPI operation. */
export const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** The error responses an operation can give, all in the one error shape. */
export function errors(...statuses: number[]): ZodOpenApiResponsesObject {
  const text: Record<number, string> = {
    400: "Invalid input (details list each bad field)",
    401: "Not signed in, or the token is invalid",
    403: "Signed in without the needed role",
    404: "Not found",
    409: "Conflicts with the current state",
    413: "Body too large",
    429: "Too many attempts (see Retry-After)",
  };
  return Object.fromEntries(statuses.map((s) => [String(s), json(ErrorBody, text[s] ?? "Error")]));
}

/** Marks an operation as needing a bearer access token. */
export const bearer: Pick<ZodOpenApiOperationObject, "security"> = { security: [{ bearerAuth: [] }] };
