import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  CheckoutResponse,
  ConfirmLiveDraftRequest,
  LiveOrderRequest,
  LiveSessionList,
  PublicLiveSession,
} from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { AppError } from "../../http/errors";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { LiveBuying } from "./live-buying";
import type { LiveStreams } from "./live-changes";
import type { LiveDrafts } from "./live-drafts.service";
import type { LiveService } from "./live.service";

const Slug = z.object({ slug: z.string().min(1).max(120) });
const KEY = /^[A-Za-z0-9_-]{8,100}$/;

/** Public reads, the event stream, buying live and confirming a comment's draft. */
export function livePublicRoutes(deps: {
  live: LiveService;
  buying: LiveBuying;
  drafts: LiveDrafts;
  streams: LiveStreams;
  guard: AuthGuard;
}): Router {
  const { live, buying, drafts, streams, guard } = deps;
  const r = Router();
  r.get("/live-sessions", async (_req, res) => {
    res.json({ items: await live.listPublic() } satisfies LiveSessionList);
  });
  const One = { params: Slug };
  r.get("/live-sessions/:slug", validate(One), async (req, res) => {
    res.json(await live.getPublic(input(req, One).params.slug));
  });
  r.get("/live-sessions/:slug/stream", validate(One), async (req, res) => {
    const view = await live.getPublic(input(req, One).params.slug);
    const pinned = view.offers.find((o) => o.pinned);
    // The current state first, so a client that (re)connects needs nothing else.
    await streams.attach(view.session.id, res, [
      { type: "status", status: view.session.status },
      { type: "pin", offerId: pinned?.id ?? null, code: pinned?.code ?? null },
    ]);
  });
  const Buy = { params: Slug, body: LiveOrderRequest };
  r.post("/live-sessions/:slug/orders", guard(), validate(Buy), async (req, res) => {
    const key = req.get("Idempotency-Key");
    if (!key || !KEY.test(key))
      throw new AppError("validation_failed", "Idempotency-Key header required (8–100 letters, digits, - or _)", [
        { path: "headers.idempotency-key", message: "Required" },
      ]);
    const { params, body } = input(req, Buy);
    const result = await buying.buy(currentUser(req), params.slug, key, body, req.ip ?? "127.0.0.1");
    res.status(result.replayed ? 200 : 201).json({ order: result.order, payment: result.payment });
  });
  const Draft = { query: z.object({ token: z.string().min(20).max(100) }).strict() };
  r.get("/live-drafts", validate(Draft), async (req, res) => {
    res.json({ draft: await drafts.view(input(req, Draft).query.token) });
  });
  const Confirm = { body: ConfirmLiveDraftRequest };
  r.post("/live-drafts/confirm", guard(), validate(Confirm), async (req, res) => {
    res.status(201).json(await drafts.confirm(currentUser(req), input(req, Confirm).body, req.ip ?? "127.0.0.1"));
  });
  return r;
}

const tags = ["live"];
export const livePublicPaths: ZodOpenApiPathsObject = {
  "/api/live-sessions": {
    get: { tags, summary: "Live sessions on air and to come", responses: { "200": json(LiveSessionList, "The sessions") } },
  },
  "/api/live-sessions/{slug}": {
    get: {
      tags,
      summary: "One session with its offers (code, live and regular price, remaining units, pinned)",
      requestParams: { path: Slug },
      responses: { "200": json(PublicLiveSession, "The session"), ...errors(400, 404) },
    },
  },
  "/api/live-sessions/{slug}/stream": {
    get: {
      tags,
      summary: "Server-Sent Events: `status`, `pin` and `offer` (with the new `remaining`), from every API process",
      requestParams: { path: Slug },
      responses: { "200": { description: "text/event-stream" }, ...errors(400, 404) },
    },
  },
  "/api/live-sessions/{slug}/orders": {
    post: {
      tags,
      summary: "Buy an offer at its live price (Idempotency-Key required) — only while live (409), within the per-buyer limit",
      ...bearer,
      requestParams: { path: Slug, header: z.object({ "idempotency-key": z.string() }) },
      requestBody: { content: { "application/json": { schema: LiveOrderRequest } } },
      responses: {
        "201": json(CheckoutResponse, "The order and how to pay"),
        "200": json(CheckoutResponse, "The same key again: the order it placed"),
        ...errors(400, 401, 404, 409, 422),
      },
    },
  },
  "/api/live-drafts": {
    get: {
      tags,
      summary: "The draft order a comment made, by its link's token",
      requestParams: { query: z.object({ token: z.string() }) },
      responses: { "200": { description: "The draft" }, ...errors(400, 404) },
    },
  },
  "/api/live-drafts/confirm": {
    post: {
      tags,
      summary: "Confirm a comment's draft with an address and a payment method (within 30 minutes): the order",
      ...bearer,
      requestBody: { content: { "application/json": { schema: ConfirmLiveDraftRequest } } },
      responses: { "201": json(CheckoutResponse, "The order and how to pay"), ...errors(400, 401, 404, 409, 422) },
    },
  },
};
