import { pipeline } from "node:stream/promises";
import { type Request, Router } from "express";
import { AppError } from "../../http/errors";
import type { ByteRange, FileStorage } from "../storage/storage";
import { VARIANT_NAME } from "./image-store";

const ONE_YEAR = 31_536_000; // seconds

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` is ignored, `*` matches anything. */
function notModified(req: Request, etag: string): boolean {
  const header = req.get("If-None-Match");
  if (!header) return false;
  return header.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}

/**
 * The one simple form of `Range` we honour: a single `bytes=start-` or `bytes=start-end`. Anything else (several
 * ranges, suffixes, other units) is ignored and the whole file is sent, as RFC 9110 §14.2 allows.
 */
export function simpleRange(header: string | undefined): ByteRange | undefined {
  const m = header?.match(/^bytes=(\d{1,15})-(\d{0,15})$/);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2] ? Number(m[2]) : undefined;
  return end !== undefined && end < start ? undefined : { start, end };
}

/** `GET /:name` serves stored image variants; mount it at `/media`. Names are content-addressed, so caching is forever. */
export function mediaRoutes(storage: FileStorage): Router {
  const router = Router();
  router.get("/:name", async (req, res) => {
    const name = req.params.name;
    // Validated before storage sees it: `../../etc/passwd` and friends are simply not found.
    if (typeof name !== "string" || !VARIANT_NAME.test(name)) throw AppError.notFound("Image");
    // Content-addressed: the name is a strong ETag and the bytes never change, so caches may keep them forever.
    const cache = { ETag: `"${name}"`, "Cache-Control": `public, max-age=${ONE_YEAR}, immutable` };
    // A public bucket serves the bytes itself; the redirect is as immutable as the name.
    if (storage.publicUrl) {
      res.set(cache).redirect(302, storage.publicUrl(name));
      return;
    }
    if (notModified(req, cache.ETag)) {
      if (!(await storage.exists(name))) throw AppError.notFound("Image");
      res.set(cache).status(304).end();
      return;
    }
    // Streamed from the backend as it arrives (an S3 GetObject body, a file read stream), never read whole first.
    const file = await storage.stream(name, simpleRange(req.get("Range")));
    if (!file) throw AppError.notFound("Image");
    res.set({ ...cache, "Accept-Ranges": "bytes", "X-Content-Type-Options": "nosniff" });
    if ("unsatisfiable" in file) {
      res.set("Content-Range", `bytes */${file.size}`).status(416).end();
      return;
    }
    res.set("Content-Type", "image/webp");
    if (file.range) {
      const { start, end } = file.range;
      res.status(206).set({ "Content-Range": `bytes ${start}-${end}/${file.size}`, "Content-Length": String(end - start + 1) });
    } else res.set("Content-Length", String(file.size));
    if (req.method === "HEAD") {
      // The headers are the answer: stop reading the object rather than draining it into nothing.
      file.body.destroy();
      res.end();
      return;
    }
    // A client that goes away mid-file ends the pipeline with an error: both streams are destroyed, nothing to answer.
    await pipeline(file.body, res).catch(() => undefined);
  });
  return router;
}
