import type { RequestHandler } from "express";
import type { z } from "zod";
import { AppError, type ErrorDetail } from "./errors";

type Part = "body" | "query" | "params";
type Schemas = Partial<Record<Part, z.ZodType>>;

/** What `validate` leaves on the request: the parsed, typed parts. */
export interface Input<S extends Schemas> {
  body: S["body"] extends z.ZodType ? z.output<S["body"]> : undefined;
  query: S["query"] extends z.ZodType ? z.output<S["query"]> : undefined;
  params: S["params"] extends z.ZodType ? z.output<S["params"]> : undefined;
}

declare module "express-serve-static-core" {
  interface Request {
    /** Parsed request parts, written by `validate()`; read it through `input(req, schemas)`. */
    input?: unknown;
  }
}

/** Converts zod issues into `{path, message}` details such as `body.email`. */
export function zodDetails(part: string, error: z.ZodError): ErrorDetail[] {
  return error.issues.map((i) => {
    const keys = i.code === "unrecognized_keys" ? (i as { keys?: string[] }).keys : undefined;
    const path = [part, ...i.path.map(String)].join(".");
    return keys?.length
      ? { path: keys.map((k) => `${path}.${k}`).join(", "), message: `Unknown field: ${keys.join(", ")}` }
      : { path, message: i.message };
  });
}

/** Validates body/query/params with the contract's schemas; a failure is one 400 listing every bad field. */
export function validate<S extends Schemas>(schemas: S): RequestHandler {
  return (req, _res, next) => {
    const details: ErrorDetail[] = [];
    const out: Record<string, unknown> = {};
    for (const part of ["params", "query", "body"] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      const raw: unknown = part === "body" && req.body === undefined ? {} : req[part];
      const r = schema.safeParse(raw);
      if (r.success) out[part] = r.data;
      else details.push(...zodDetails(part, r.error));
    }
    if (details.length) return next(new AppError("validation_failed", "Some fields are invalid", details));
    req.input = out;
    next();
  };
}

/** Typed access to what `validate(schemas)` parsed for this route. */
export function input<S extends Schemas>(req: { input?: unknown }, _schemas: S): Input<S> {
  return req.input as Input<S>;
}

/** Deepest JSON nesting any request needs (the contract's deepest body is a few levels); deeper is refused, not walked. */
export const MAX_JSON_DEPTH = 32;
const MAX_HOSTILE_DETAILS = 10;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `s` cannot reach a service or PostgreSQL (which refuses U+0000 in text), or undefined when it is fine. */
function hostileText(s: string): string | undefined {
  if (s.includes("\u0000")) return "must not contain the NUL character (U+0000)";
  if (LONE_SURROGATE.test(s)) return "must not contain a lone UTF-16 surrogate (not valid Unicode text)";
  return undefined;
}

/** A key shown inside a detail path: control characters and surrogates escaped, long keys cut. */
function showKey(key: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped here
  const shown = key.replace(/[\u0000-\u001f\uD800-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}

/** Every string (keys too) in a parsed JSON body or query, walked without recursion, at most MAX_JSON_DEPTH deep. */
function hostileValues(part: "body" | "query", root: unknown, details: ErrorDetail[]): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: part, depth: 0 }];
  while (stack.length && details.length < MAX_HOSTILE_DETAILS) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === "string") {
      const why = hostileText(value);
      if (why) details.push({ path, message: `Text ${why}` });
      continue;
    }
    if (!value || typeof value !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) {
      details.push({ path, message: `Nested more than ${MAX_JSON_DEPTH} levels deep` });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = `${path}.${showKey(key)}`;
      const why = hostileText(key);
      if (why) details.push({ path: childPath, message: `Field name ${why}` });
      else stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
}

/**
 * The one guard against hostile bytes, for every route whether or not it runs `validate`: NUL characters and lone
 * surrogates in any path segment, query value or JSON string (at any depth, keys included), JSON nested deeper than
 * MAX_JSON_DEPTH and malformed percent-encoding in the path are a 400 `validation_failed` naming the field.
 * Mount it after the JSON parser (where there is no parser it checks the path and query only).
 */
export const refuseHostileInput: RequestHandler = (req, _res, next) => {
  const details: ErrorDetail[] = [];
  const segments = (req.originalUrl.split("?")[0] ?? "").split("/");
  segments.forEach((raw, i) => {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return void details.push({ path: `path.${i}`, message: "Malformed percent-encoding in the URL path" });
    }
    const why = hostileText(segment);
    if (why) details.push({ path: `path.${i}`, message: `URL path segment ${why}` });
  });
  if (!details.length) hostileValues("query", req.query, details);
  if (!details.length && req.body !== undefined) hostileValues("body", req.body, details);
  if (details.length) return next(new AppError("validation_failed", "Some fields are invalid", details));
  next();
};
