import { VNPaySignatureVerificationError } from "./errors";

/**
 * What a return URL or IPN handler receives: `URLSearchParams`, or a parsed query object such as
 * Express's `req.query` (values may be strings, arrays or nested objects; only `vnp_*` ones are read).
 */
export type QueryInput = URLSearchParams | Readonly<Record<string, unknown>>;

function rejectAmbiguous(key: string): never {
  // A repeated vnp_ key could make us verify one value and act on another.
  throw new VNPaySignatureVerificationError({
    message: `Query parameter ${key} must appear exactly once`,
    code: "parameter_repeated",
  });
}

/** Collects the `vnp_*` params as single strings; other params are ignored, repeated `vnp_*` ones rejected. */
export function readVnpParams(query: QueryInput): Record<string, string> {
  const params: Record<string, string> = {};
  if (query instanceof URLSearchParams) {
    for (const key of new Set(query.keys())) {
      if (!key.startsWith("vnp_")) continue;
      const values = query.getAll(key);
      if (values.length !== 1) rejectAmbiguous(key);
      params[key] = values[0] as string;
    }
    return params;
  }
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith("vnp_") || value === undefined) continue;
    if (Array.isArray(value)) {
      const items: readonly unknown[] = value;
      const first = items[0];
      if (items.length !== 1 || typeof first !== "string") rejectAmbiguous(key);
      params[key] = first;
    } else if (typeof value === "string") {
      params[key] = value;
    } else {
      rejectAmbiguous(key);
    }
  }
  return params;
}
