import { ApiError } from "@chophien/web";

/** Field name → message; keys are the body's field paths without `body.` (`price`, `ocop.stars`). */
export type FieldErrors = Record<string, string>;

/**
 * The API's validation details mapped onto form fields: `{path: "body.price"}` → `{price: "…"}`. Only the first
 * message per field is kept, which is the one a person can act on.
 */
export function apiFieldErrors(err: unknown): FieldErrors {
  if (!(err instanceof ApiError) || err.code !== "validation_failed") return {};
  const out: FieldErrors = {};
  for (const d of err.body.details ?? []) {
    const field = d.path.replace(/^body\./, "");
    out[field] ??= d.message;
  }
  return out;
}

/** A zod-like issue list (the contract's schemas) as field errors; `messageFor` translates each issue. */
export function issuesToFieldErrors<I extends { path: PropertyKey[] }>(
  issues: I[],
  messageFor: (issue: I) => string,
): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".");
    out[field] ??= messageFor(issue);
  }
  return out;
}
