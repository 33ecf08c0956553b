import type { IncomingMessage, ServerResponse } from "node:http";

// Forms and API bodies are tiny; anything bigger is a mistake or an attack.
const MAX_BODY_BYTES = 64 * 1024;

// Pages embed nothing external; a redirect target after a form post is deliberately not restricted
// (no form-action), since the browser must be able to reach the merchant's return URL.
const HTML_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
} as const;

/** A request that a framework (Express body parsers) may already have read into `body`. */
type MaybeParsed = IncomingMessage & { body?: unknown };

async function readText(req: IncomingMessage): Promise<string> {
  // A body parser upstream consumed the stream but left nothing we understand.
  if (req.readableEnded) return "";
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error(`Request body exceeds ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * What an upstream body parser left in `req.body`, if it actually consumed the body. Express 4's
 * parsers set `{}` for content types that are not theirs without reading the stream.
 */
function preParsedBody(req: IncomingMessage): unknown {
  const parsed = (req as MaybeParsed).body;
  if (parsed === undefined || parsed === null) return undefined;
  const emptyObject = typeof parsed === "object" && !Buffer.isBuffer(parsed) && Object.keys(parsed).length === 0;
  return emptyObject && !req.readableEnded ? undefined : parsed;
}

/** The form fields of a POST, whether or not express.urlencoded() ran first. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const parsed = preParsedBody(req);
  if (parsed === undefined) return new URLSearchParams(await readText(req));
  if (typeof parsed === "string") return new URLSearchParams(parsed);
  if (Buffer.isBuffer(parsed)) return new URLSearchParams(parsed.toString("utf8"));
  const form = new URLSearchParams();
  if (typeof parsed === "object" && parsed !== null) {
    for (const [key, value] of Object.entries(parsed)) if (typeof value === "string") form.append(key, value);
  }
  return form;
}

/** The JSON body of a POST, whether or not express.json() ran first; throws on invalid JSON. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const parsed = preParsedBody(req);
  if (parsed === undefined) return JSON.parse(await readText(req));
  if (typeof parsed === "string") return JSON.parse(parsed);
  if (Buffer.isBuffer(parsed)) return JSON.parse(parsed.toString("utf8"));
  return parsed;
}

/** Sends a complete HTML page. */
export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { ...HTML_HEADERS, "content-length": Buffer.byteLength(html) });
  res.end(html);
}

/** Sends JSON, as the transaction API always does (HTTP 200 even for gateway errors). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

/** 302 to `location` (already a valid URL or path). */
export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, "cache-control": "no-store", "content-length": 0 });
  res.end();
}

/** Plain-text error for requests that match no sandbox route. */
export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
