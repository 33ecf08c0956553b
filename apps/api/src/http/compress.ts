import compression from "compression";
import type { Request, RequestHandler, Response } from "express";

/** Responses smaller than this go out as they are: compressing them saves less than it costs. */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * Compresses answers of at least COMPRESS_MIN_BYTES on the fly (brotli at a fast level, or gzip, as the client
 * accepts), with `Vary: Accept-Encoding`. Server-sent events are never compressed: a compressor holds bytes back
 * until it has enough, and an event must reach the browser the moment it is written. Files sent with a
 * `Content-Encoding` of their own (the pre-compressed front-end assets) pass through untouched.
 */
export function compressResponses(): RequestHandler {
  return compression({
    threshold: COMPRESS_MIN_BYTES,
    filter: (req: Request, res: Response) => {
      const type = String(res.getHeader("Content-Type") ?? "");
      if (type.startsWith("text/event-stream")) return false;
      return compression.filter(req, res);
    },
  });
}

/** The encodings a client accepts (`Accept-Encoding`), by name, with their weights (q > 0 only). */
function acceptedEncodings(header: string | undefined): Map<string, number> {
  const accepted = new Map<string, number>();
  for (const part of (header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  return accepted;
}

/** The encodings a pre-compressed file may come in, best first. */
export type FileEncoding = "br" | "gzip";

/**
 * Which of the `available` pre-compressed copies (best first) to send for `Accept-Encoding`: the first one the
 * client accepts, else none. `*` accepts any; `q=0` refuses one.
 */
export function pickEncoding(header: string | undefined, available: FileEncoding[]): FileEncoding | undefined {
  const accepted = acceptedEncodings(header);
  return available.find((name) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0);
}
