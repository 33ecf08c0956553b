import type { Request, RequestHandler } from "express";
import multer from "multer";
import { LIMITS } from "@chophien/contracts";
import type { Throttle } from "../lib/rate-limit";
import { AppError } from "./errors";

/**
 * Form fields are only captions and ids, so 64 KB each is plenty; multer's 1 MB default
 * would let 10 fields hold 10 MB in memory next to the image.
 */
const FIELD_BYTES = 64 * 1024;

/** Multer's codes we can explain better than the generic error middleware, because we know the expected field. */
function explain(err: unknown, field: string): unknown {
  if (!(err instanceof multer.MulterError)) {
    // Busboy's own errors (missing boundary, cut-off body) are the client's malformed request, not our 500.
    return err instanceof Error && !(err instanceof AppError) ? AppError.badRequest("The multipart body is malformed") : err;
  }
  if (err.code === "LIMIT_UNEXPECTED_FILE")
    return AppError.badRequest(`Attach the image in the multipart field "${field}", not "${(err.field ?? "").slice(0, 40)}"`);
  if (err.code === "LIMIT_FILE_COUNT") return AppError.badRequest("Attach only one image per request");
  // LIMIT_FILE_SIZE and the rest keep multer's code: the error middleware maps them (413 for size).
  return err;
}

/**
 * Counts an upload against its sender (the signed-in user, else the client's address) before a byte is buffered:
 * `app.locals.uploadThrottle` (set by `createApp`, shared by every process) refuses with 429 and Retry-After past
 * `UPLOADS_PER_HOUR`. An app without one (a bare test router) counts nothing.
 */
const countUpload: RequestHandler = (req, _res, next) => {
  const limit = (req.app.locals as { uploadThrottle?: Throttle }).uploadThrottle;
  if (!limit) return next();
  const who = (req as Request & { user?: { id: string } }).user?.id ?? `ip:${req.ip ?? "unknown"}`;
  limit(who).then(() => next(), next);
};

/**
 * Middleware that reads one image from `multipart/form-data` field `field` into memory (≤ LIMITS.imageBytes);
 * read it afterwards with `uploadedImage(req)`. The bytes are not trusted yet: the image processor sniffs and decodes them.
 */
export function uploadImage(field = "image"): RequestHandler[] {
  const single = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: LIMITS.imageBytes, files: 1, fields: 10, fieldSize: FIELD_BYTES },
  }).single(field);

  // multer silently skips non-multipart bodies; say so instead of reporting a missing file.
  const requireMultipart: RequestHandler = (req, _res, next) => {
    if (req.is("multipart/form-data")) return next();
    next(new AppError("unsupported_media_type", "Send the image as multipart/form-data"));
  };
  const parse: RequestHandler = (req, res, next) => single(req, res, (err?: unknown) => next(explain(err, field)));
  const requireFile: RequestHandler = (req, _res, next) => {
    if (req.file?.buffer.length) return next();
    next(new AppError("bad_request", `Attach an image in the multipart field "${field}"`));
  };
  return [requireMultipart, countUpload, parse, requireFile];
}

/**
 * Like `uploadImage`, but the image is optional and the request may be plain JSON instead: a multipart body's text
 * fields land in `req.body` (all strings), so one strict schema validates both forms. Read the file with
 * `optionalImage(req)`.
 */
export function maybeUploadImage(field = "image"): RequestHandler {
  const single = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: LIMITS.imageBytes, files: 1, fields: 10, fieldSize: FIELD_BYTES },
  }).single(field);
  return (req, res, next) => {
    if (!req.is("multipart/form-data")) return next();
    countUpload(req, res, (limited?: unknown) => {
      if (limited) return next(limited);
      single(req, res, (err?: unknown) => {
        // multer leaves no prototype on req.body; the validator wants an ordinary object.
        if (!err) req.body = { ...(req.body as object) };
        next(err ? explain(err, field) : undefined);
      });
    });
  };
}

/** The bytes `maybeUploadImage()` read, if a non-empty file came. */
export const optionalImage = (req: Request): Buffer | undefined => (req.file?.buffer.length ? req.file.buffer : undefined);

/** The bytes `uploadImage()` read; throws 400 if the route forgot to run it. */
export function uploadedImage(req: Request): Buffer {
  const file = req.file;
  if (!file) throw new AppError("bad_request", "Attach an image");
  return file.buffer;
}
