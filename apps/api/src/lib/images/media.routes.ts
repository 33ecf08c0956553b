import { type Request, Router } from "express";
import { AppError } from "../../http/errors";
import type { FileStorage } from "../storage/storage";
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
    const data = await storage.read(name);
    if (!data) throw AppError.notFound("Image");
    res.set({ ...cache, "Content-Type": "image/webp", "X-Content-Type-Options": "nosniff" }).send(data);
  });
  return router;
}
