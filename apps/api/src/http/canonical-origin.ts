import type { RequestHandler } from "express";

/**
 * Which requests are sent to `PUBLIC_URL`'s origin: `all` of those for another host name (an IP, `www.`), only
 * `loopback` aliases of a `localhost` PUBLIC_URL (127.0.0.1, [::1] — the local demo, where a phone on the LAN must
 * still reach the laptop by its address), or none (`off`).
 */
export type CanonicalRedirect = "all" | "loopback" | "off";

const LOOPBACK = /^(127(?:\.\d{1,3}){3}|\[::1\]|localhost)$/i;

/**
 * Redirects (308, so a form's POST stays a POST) a request that reached this server under another host name to the
 * same path on `publicUrl`, before any route runs — so no cookie is ever set for the wrong origin, and a payment
 * return or a sign-in always meets the session it belongs to. Health probes, which address the server by IP, pass.
 */
export function canonicalOrigin(publicUrl: string, mode: CanonicalRedirect): RequestHandler {
  const target = new URL(publicUrl);
  const canonical = target.host.toLowerCase();
  return (req, res, next) => {
    if (mode === "off" || req.path === "/api/health") return next();
    const host = (req.host ?? "").toLowerCase();
    if (!host || host === canonical) return next();
    if (mode === "loopback") {
      const name = host.replace(/:\d+$/, "");
      const port = /:(\d+)$/.exec(host)?.[1] ?? "";
      if (target.hostname !== "localhost" || !LOOPBACK.test(name) || port !== target.port) return next();
    }
    res.redirect(308, `${target.origin}${req.originalUrl}`);
  };
}
