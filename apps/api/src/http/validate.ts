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
