import crypto from "node:crypto";
import type { RequestHandler, Response } from "express";
import multer from "multer";
import sharp from "sharp";
import { AppError } from "../../http/errors";
import { sniffImageType } from "../../lib/images/sniff";

/** A certificate's scan or decision: PDF, JPEG, PNG or WebP, at most 10 MB. */
export const DOCUMENT_BYTES = 10 * 1024 * 1024;
const MAX_PIXELS = 60_000_000;

/** One multipart file in field `file` (≤ 10 MB) into memory. */
export function uploadDocument(): RequestHandler[] {
  const single = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: DOCUMENT_BYTES, files: 1, fields: 5, fieldSize: 1024 },
  }).single("file");
  const requireMultipart: RequestHandler = (req, _res, next) =>
    next(
      req.is("multipart/form-data")
        ? undefined
        : new AppError("unsupported_media_type", "Send the document as multipart/form-data"),
    );
  const parse: RequestHandler = (req, res, next) =>
    single(req, res, (err?: unknown) => {
      if (err instanceof multer.MulterError && err.code === "LIMIT_FILE_SIZE") return next(err);
      if (err instanceof multer.MulterError)
        return next(AppError.badRequest(`Attach the document in the multipart field "file"`));
      if (err) return next(AppError.badRequest("The multipart body is malformed"));
      next(req.file?.buffer.length ? undefined : AppError.badRequest(`Attach the document in the multipart field "file"`));
    });
  return [requireMultipart, parse];
}

export interface CleanDocument {
  data: Buffer;
  contentType: "application/pdf" | "image/webp";
  ext: "pdf" | "webp";
  hash: string;
}

/**
 * The type from the bytes, never the name or the declared type: a PDF is kept as is (served only as a
 * download), an image is decoded and re-encoded (metadata and anything hidden in it dropped); anything else — HTML
 * named .pdf, SVG — is 415.
 */
export async function cleanDocument(input: Buffer): Promise<CleanDocument> {
  const hash = (b: Buffer) => crypto.createHash("sha256").update(b).digest("hex");
  if (input.subarray(0, 5).toString("latin1") === "%PDF-")
    return { data: input, contentType: "application/pdf", ext: "pdf", hash: hash(input) };
  if (!sniffImageType(input)) throw new AppError("unsupported_media_type", "The document must be a PDF, JPEG, PNG or WebP file");
  let data: Buffer;
  try {
    data = await sharp(input, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize({ width: 3000, height: 3000, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer();
  } catch {
    throw new AppError("unprocessable", "The image could not be read");
  }
  return { data, contentType: "image/webp", ext: "webp", hash: hash(data) };
}

/** Sends a stored document only as a download, never rendered by the browser. */
export function sendDocument(res: Response, id: string, doc: { data: Buffer; contentType: string }) {
  const ext = doc.contentType === "application/pdf" ? "pdf" : "webp";
  res.setHeader("Content-Type", doc.contentType);
  res.setHeader("Content-Disposition", `attachment; filename="ocop-${id}.${ext}"`);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
  res.setHeader("Cache-Control", "private, no-store");
  res.send(doc.data);
}
