import type { IncomingMessage, ServerResponse } from "node:http";
import { ERROR_PAGE_PATH, PAY_PATH, TRANSACTION_API_PATH } from "../constants";
import { cancelCheckout, openCheckout, simulateOutcome, submitCard, submitOtp } from "./checkout";
import type { Route, SandboxContext } from "./context";
import { sendHtml, sendText } from "./http";
import { renderErrorPage } from "./pages/error-page";
import { handleTransactionApi } from "./transaction-api";
import type { SandboxHandler } from "./types";

type RouteHandler = (ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, route: Route) => void | Promise<void>;

const ROUTES: Readonly<Record<string, RouteHandler>> = {
  [`GET ${PAY_PATH}`]: (ctx, _req, res, route) => openCheckout(ctx, res, route),
  [`GET ${ERROR_PAGE_PATH}`]: (_ctx, _req, res, route) => sendHtml(res, 200, renderErrorPage(route.search.get("code") ?? "")),
  "POST /paymentv2/Transaction/card.html": submitCard,
  "POST /paymentv2/Transaction/otp.html": submitOtp,
  "POST /paymentv2/Transaction/cancel.html": cancelCheckout,
  "POST /paymentv2/Transaction/simulate.html": simulateOutcome,
  [`POST ${TRANSACTION_API_PATH}`]: (ctx, req, res) => handleTransactionApi(ctx, req, res),
};

/**
 * Splits the URL into the sandbox path and its mount prefix. Express strips its mount path from
 * `req.url` and keeps the full one in `req.originalUrl`; a bare http server sees the full path, so
 * `basePath` is stripped here.
 */
export function resolveRoute(req: IncomingMessage, basePath: string): Route {
  const url = new URL(req.url ?? "/", "http://sandbox.invalid");
  const method = req.method ?? "GET";
  const originalUrl: unknown = (req as IncomingMessage & { originalUrl?: unknown }).originalUrl;
  if (typeof originalUrl === "string") {
    const originalPath = new URL(originalUrl, "http://sandbox.invalid").pathname;
    if (originalPath !== url.pathname && originalPath.endsWith(url.pathname)) {
      return { method, path: url.pathname, prefix: originalPath.slice(0, -url.pathname.length), search: url.searchParams };
    }
  }
  if (basePath !== "" && (url.pathname === basePath || url.pathname.startsWith(`${basePath}/`))) {
    return { method, path: url.pathname.slice(basePath.length) || "/", prefix: basePath, search: url.searchParams };
  }
  return { method, path: url.pathname, prefix: "", search: url.searchParams };
}

/** The sandbox's request handler: its routes, else `next()` (Express) or 404 (bare http). */
export function createHandler(ctx: SandboxContext, basePath: string): SandboxHandler {
  return (req, res, next) => {
    const route = resolveRoute(req, basePath);
    const handle = ROUTES[`${route.method} ${route.path}`];
    if (!handle) {
      if (next) return next();
      return sendText(res, 404, `No sandbox route for ${route.method} ${route.path}`);
    }
    Promise.resolve()
      .then(() => handle(ctx, req, res, route))
      .catch((error: unknown) => {
        if (next) return next(error);
        if (!res.headersSent) sendText(res, 500, `Sandbox error: ${error instanceof Error ? error.message : String(error)}`);
        else res.destroy();
      });
  };
}
