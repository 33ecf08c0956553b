import fs from "node:fs";
import path from "node:path";
import express, { type Request, type RequestHandler, type Response, Router } from "express";
import { escapeHtml as esc } from "../lib/html";
import { type FileEncoding, pickEncoding } from "./compress";

/** What a link preview (Zalo, Facebook, search engines) should say about one page. */
export interface PageMeta {
  title: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  /** Absolute URL of its picture. */
  image?: string | null;
  type?: "website" | "product";
  /** For a product: its price in đồng and availability. */
  offer?: { price: number; inStock: boolean };
  /** schema.org structured data (JSON-LD) for search engines. */
  jsonLd?: object;
}

/** The page's status and, when known, its meta; `undefined` serves index.html unchanged. */
export type PageMetaResolver = (path: string) => Promise<{ status: number; meta?: PageMeta } | undefined>;

/** The tags for `meta`, marked `data-fallback-meta` so the app replaces them with its own once it runs. */
export function renderMetaTags(meta: PageMeta): string {
  const tag = (attr: "name" | "property", key: string, value: string) =>
    `<meta data-fallback-meta ${attr}="${key}" content="${esc(value)}" />`;
  const tags = [
    `<title data-fallback-meta>${esc(meta.title)}</title>`,
    tag("name", "description", meta.description),
    `<link data-fallback-meta rel="canonical" href="${esc(meta.url)}" />`,
    tag("property", "og:site_name", "Chợ Phiên"),
    tag("property", "og:locale", "vi_VN"),
    tag("property", "og:title", meta.title),
    tag("property", "og:description", meta.description),
    tag("property", "og:type", meta.type ?? "website"),
    tag("property", "og:url", meta.url),
  ];
  if (meta.image) tags.push(tag("property", "og:image", meta.image));
  tags.push(tag("name", "twitter:card", meta.image ? "summary_large_image" : "summary"));
  if (meta.offer)
    tags.push(
      tag("property", "product:price:amount", String(meta.offer.price)),
      tag("property", "product:price:currency", "VND"),
      tag("property", "product:availability", meta.offer.inStock ? "in stock" : "out of stock"),
    );
  // JSON inside <script>: "<" escaped so no text can close the element.
  if (meta.jsonLd)
    tags.push(
      `<script data-fallback-meta type="application/ld+json">${JSON.stringify(meta.jsonLd).replace(/</g, "\\u003c")}</script>`,
    );
  return tags.join("\n    ");
}

const FALLBACK = /[ \t]*(<title\s+data-fallback-meta[^>]*>[\s\S]*?<\/title>|<(meta|link)\s+data-fallback-meta[^>]*>)\s*/g;

/** index.html with its fallback tags replaced by those of `meta`. */
export function withMeta(html: string, meta: PageMeta): string {
  // A function, not a string: sellers' text may hold `$&`, `$'` or `` $` ``, which a replacement string expands.
  const tags = renderMetaTags(meta);
  return html.replace(FALLBACK, "").replace("</head>", () => `    ${tags}\n  </head>`);
}

const SUFFIX: Record<FileEncoding, string> = { br: ".br", gzip: ".gz" };
type SendOptions = { maxAge?: string; immutable?: boolean };

/**
 * Sends `file` as the build's brotli or gzip copy of it (`<file>.br`, `<file>.gz`, see the front ends' Vite
 * config) when there is one and the client accepts it, with the original's type and `Vary: Accept-Encoding`.
 * False when the file has no compressed copy at all (the caller sends it as it is).
 */
function sendPrecompressed(req: Request, res: Response, file: string, opts: SendOptions, next: (err?: unknown) => void) {
  const available = (["br", "gzip"] satisfies FileEncoding[]).filter((enc) => fs.existsSync(file + SUFFIX[enc]));
  if (!available.length) return false;
  res.vary("Accept-Encoding");
  const enc = pickEncoding(req.headers["accept-encoding"], available);
  if (!enc) return false;
  res.type(path.extname(file)).set("Content-Encoding", enc);
  res.sendFile(file + SUFFIX[enc], opts, (err) => err && next(err));
  return true;
}

/** Static files of `root`, each as its pre-compressed copy when there is one (see sendPrecompressed). */
function precompressedFiles(root: string, opts: SendOptions): RequestHandler {
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    let rel: string;
    try {
      rel = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root + path.sep) || !sendPrecompressed(req, res, file, opts, next)) next();
  };
}

/**
 * Serves a built single-page app: hashed assets cached for a year, every other path gets index.html
 * (client-side routing). With `meta`, pages it knows get their own title, description and Open Graph tags in
 * the HTML itself — link previews run no script — and its status (404 for a product that is gone).
 * Without a build it answers with a hint instead of a blank page.
 */
export function spaRoutes(distDir: string, name: string, meta?: PageMetaResolver): Router {
  const r = Router();
  const index = path.join(distDir, "index.html");
  let cached: { mtimeMs: number; html: string } | undefined;
  const indexHtml = () => {
    const { mtimeMs } = fs.statSync(index);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: fs.readFileSync(index, "utf8") };
    return cached.html;
  };
  const assets = path.join(distDir, "assets");
  const hashed: SendOptions = { immutable: true, maxAge: "1y" };
  r.use("/assets", precompressedFiles(assets, hashed));
  r.use("/assets", express.static(assets, { ...hashed, index: false, fallthrough: false }));
  r.use(precompressedFiles(distDir, { maxAge: "1h" }));
  r.use(express.static(distDir, { index: false, maxAge: "1h" }));
  r.get(/.*/, async (req, res, next) => {
    if (!fs.existsSync(index))
      return void res.status(503).type("text").send(`The ${name} is not built yet: run \`npm run build\`.`);
    res.set("Cache-Control", "no-cache");
    const page = meta ? await meta(req.path).catch((err: unknown) => void req.log?.warn({ err }, "page meta failed")) : undefined;
    if (!page) {
      if (!sendPrecompressed(req, res, index, {}, next)) res.sendFile(index);
      return;
    }
    const html = indexHtml();
    res
      .status(page.status)
      .type("html")
      .send(page.meta ? withMeta(html, page.meta) : html);
  });
  return r;
}
