import { CreateDemandRequest } from "@chophien/contracts";
import { deliveriesTotal } from "./demand-text";

const YEAR_MS = 365 * 86_400_000;

/** One delivery row as typed. */
export interface DeliveryDraft {
  from: string;
  to: string;
  quantity: string;
}

/** The demand form's fields, as typed (strings; numbers may carry dots: `120.000`). */
export interface DemandDraft {
  title: string;
  categoryId: string;
  description: string;
  quantity: string;
  unit: string;
  tolerancePct: string;
  province: string;
  ocopMinStars: string;
  /** Comma-separated certificate names ("VietGAP, HACCP"). */
  certificates: string;
  priceMin: string;
  priceMax: string;
  /** A `datetime-local` value, read as GMT+7. */
  respondBy: string;
  deliveries: DeliveryDraft[];
}

export const EMPTY_DELIVERY: DeliveryDraft = { from: "", to: "", quantity: "" };
export const EMPTY_DEMAND: DemandDraft = {
  title: "",
  categoryId: "",
  description: "",
  quantity: "",
  unit: "kg",
  tolerancePct: "5",
  province: "",
  ocopMinStars: "",
  certificates: "",
  priceMin: "",
  priceMax: "",
  respondBy: "",
  deliveries: [],
};

/**
 * A field's error, keyed by its path (`title`, `priceRange`, `deliveries.0.quantity`…); the value is the text's
 * key under `demands.form.errors`.
 */
export type DemandErrors = Record<string, string>;

/** An integer as people type it (`2.000`, `120 000`); NaN for anything else, undefined when empty. */
export function parseInteger(raw: string): number | undefined {
  const s = raw.trim();
  if (!s) return undefined;
  return /^\d[\d.\s]*$/.test(s) ? Number(s.replace(/[.\s]/g, "")) : Number.NaN;
}

/** A `datetime-local` value ("2026-06-20T17:00") read as GMT+7, as the ISO instant the API takes. */
export function vnLocalToIso(local: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00+07:00` : undefined;
}

/** The error key for a contract path (zod's, or the API's `body.…` detail path). */
export function errorKeyFor(path: (string | number)[] | string): { field: string; key: string } {
  const parts = typeof path === "string" ? path.replace(/^body\./, "").split(".") : path.map(String);
  const [head, second, third] = parts;
  if (head === "deliveries" && second !== undefined && /^\d+$/.test(second))
    return {
      field: `deliveries.${second}.${third ?? "to"}`,
      key: `delivery${third === "from" ? "From" : third === "quantity" ? "Quantity" : "To"}`,
    };
  if (head === "requirements") return { field: second ?? "certificates", key: second ?? "certificates" };
  return { field: head ?? "form", key: head ?? "form" };
}

/**
 * Checks the demand with the contract's own schema and the API's other rules (the deliveries add up to the
 * quantity within the tolerance; the deadline in the future and at most a year away), so the buyer sees each
 * problem beside its field before anything is sent.
 */
export function validateDemand(
  draft: DemandDraft,
  now: number = Date.now(),
): { request: CreateDemandRequest; errors: null } | { request: null; errors: DemandErrors } {
  const priceMin = parseInteger(draft.priceMin);
  const priceMax = parseInteger(draft.priceMax);
  const certificates = draft.certificates
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  const stars = parseInteger(draft.ocopMinStars);
  const candidate = {
    title: draft.title,
    ...(draft.categoryId ? { categoryId: draft.categoryId } : {}),
    description: draft.description,
    quantity: parseInteger(draft.quantity),
    unit: draft.unit,
    tolerancePct: parseInteger(draft.tolerancePct) ?? 0,
    ...(draft.deliveries.length
      ? { deliveries: draft.deliveries.map((d) => ({ from: d.from, to: d.to, quantity: parseInteger(d.quantity) })) }
      : {}),
    ...(draft.province ? { province: draft.province } : {}),
    requirements: { ...(stars !== undefined ? { ocopMinStars: stars } : {}), ...(certificates.length ? { certificates } : {}) },
    ...(priceMin !== undefined || priceMax !== undefined ? { priceRange: { min: priceMin, max: priceMax } } : {}),
    respondBy: vnLocalToIso(draft.respondBy) ?? draft.respondBy,
  };
  const errors: DemandErrors = {};
  const result = CreateDemandRequest.safeParse(candidate);
  if (!result.success)
    for (const issue of result.error.issues) {
      const { field, key } = errorKeyFor(issue.path as (string | number)[]);
      errors[field] ??= key;
    }
  const quantity = candidate.quantity;
  const tolerance = candidate.tolerancePct;
  if (result.success && draft.deliveries.length && quantity) {
    const sum = deliveriesTotal(result.data.deliveries ?? []);
    if (Math.abs(sum - quantity) > (quantity * tolerance) / 100) errors.deliveries = "deliveriesSum";
  }
  const deadline = new Date(candidate.respondBy).getTime();
  if (!errors.respondBy && Number.isFinite(deadline)) {
    if (deadline <= now) errors.respondBy = "respondByPast";
    else if (deadline > now + YEAR_MS) errors.respondBy = "respondByFar";
  }
  if (result.success && !Object.keys(errors).length) return { request: result.data, errors: null };
  return { request: null, errors };
}
