import { CounterOfferRequest, DeclineOfferRequest } from "@chophien/contracts";
import { parseInteger } from "./demand-form";

/** A counter as typed → the request, or which fields are wrong. */
export function validateCounter(draft: { unitPrice: string; quantity: string; message: string }) {
  const result = CounterOfferRequest.safeParse({
    unitPrice: parseInteger(draft.unitPrice),
    quantity: parseInteger(draft.quantity),
    message: draft.message,
  });
  if (result.success) return { request: result.data, errors: null };
  const errors: Partial<Record<"unitPrice" | "quantity" | "message", true>> = {};
  for (const issue of result.error.issues) errors[issue.path[0] as "unitPrice" | "quantity" | "message"] = true;
  return { request: null, errors };
}

/** An award's quantity as typed, checked against what may still be awarded (`max`); null when it is not valid. */
export function validateAward(raw: string, max: number): number | null {
  const n = parseInteger(raw);
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= max ? n : null;
}

/** A decline's reason, trimmed; null when too short or too long for the API. */
export function validateDecline(reason: string): string | null {
  const result = DeclineOfferRequest.safeParse({ reason });
  return result.success ? result.data.reason : null;
}
