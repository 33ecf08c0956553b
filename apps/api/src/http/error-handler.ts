import type { ErrorRequestHandler, RequestHandler } from "express";
import type { ErrorBody } from "@chophien/contracts";
import { isDatabaseUnavailable } from "../db/errors";
import { AppError } from "./errors";

/** Seconds a client is asked to wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Errors thrown by body-parser and multer carry a `type` or `code` we translate here. */
function translate(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  // PostgreSQL unreachable, restarting or overloaded: every database-backed route says so the same way, and the
  // pool reconnects by itself once it is back.
  if (isDatabaseUnavailable(err))
    return new AppError("unavailable", "The service is briefly unavailable; please try again shortly", undefined, {
      "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS),
    });
  const e = err as { type?: string; status?: number; code?: string; limit?: number } | null;
  if (!e || typeof e !== "object") return undefined;
  if (e.type === "entity.too.large")
    return new AppError("payload_too_large", `Request body is larger than ${e.limit ?? 0} bytes`);
  if (e.type === "entity.parse.failed") return new AppError("invalid_json", "Request body is not valid JSON");
  if (e.type === "encoding.unsupported" || e.type === "charset.unsupported")
    return new AppError("unsupported_media_type", "Unsupported body encoding");
  if (e.type === "request.aborted") return new AppError("bad_request", "Request aborted");
  if (e.code === "LIMIT_FILE_SIZE") return new AppError("payload_too_large", "File is too large");
  if (typeof e.code === "string" && e.code.startsWith("LIMIT_"))
    return new AppError("bad_request", "Upload rejected: " + e.code.toLowerCase());
  if (typeof e.status === "number" && e.status >= 400 && e.status < 500)
    return new AppError(e.status === 404 ? "not_found" : "bad_request", "Bad request");
  return undefined;
}

/** The one error middleware: known errors keep their status and message, anything else is a logged, generic 500. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const known = translate(err);
  if (!known) req.log.error({ err }, "unhandled error");
  else if (known.status === 503) req.log.warn({ err }, known.message);
  else if (known.status >= 500) req.log.error({ err }, known.message);
  const appErr = known ?? new AppError("internal", "Something went wrong on our side; please try again");
  const body: ErrorBody = { error: { code: appErr.code, message: appErr.message } };
  if (appErr.details?.length) body.error.details = appErr.details;
  if (appErr.extra) Object.assign(body.error, appErr.extra);
  if (appErr.headers) res.set(appErr.headers);
  if (res.headersSent) return void res.end();
  res.status(appErr.status).json(body);
};

/** Unknown `/api/*` routes answer 404 JSON, never the SPA. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError("not_found", `No route for ${req.method} ${req.originalUrl.split("?")[0]}`));
};
