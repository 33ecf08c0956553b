import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  CreateLiveOfferRequest,
  CreateLiveSessionRequest,
  EmptyBody,
  IdentityDecisionResponse,
  InviteLiveStallRequest,
  LiveCommentsRequest,
  LiveCommentsResponse,
  LiveOfferResponse,
  LiveReport,
  LiveSessionList,
  LiveSessionResponse,
  PinLiveOfferRequest,
  SellerLiveSession,
  UpdateLiveSessionRequest,
  VerifyIdentityRequest,
} from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { actingStall, scope } from "../helpers/acting-stall";
import type { LiveDrafts } from "./live-drafts.service";
import { reportCsv, type LiveReports } from "./live-report";
import type { LiveActor, LiveService } from "./live.service";

const Id = z.object({ id: z.uuid("Not a live session id") });
const UserId = z.object({ id: z.uuid("Not a user id") });

/** /api/seller/live-sessions (`live` scope) and /api/admin/live-sessions (the market's own sessions), identity checks. */
export function liveRoutes(deps: { live: LiveService; drafts: LiveDrafts; reports: LiveReports; guard: AuthGuard }): Router {
  const { live, drafts, reports, guard } = deps;
  const r = Router();

  // One set of host actions for both: a stall's own sessions, and (admins) the market's.
  const hostRoutes = (
    prefix: string,
    who: (req: Parameters<typeof actingStall>[0]) => LiveActor,
    guards: ReturnType<typeof scope>[],
  ) => {
    const Start = { params: Id, body: EmptyBody };
    r.post(`${prefix}/:id/start`, ...guards, validate(Start), async (req, res) => {
      res.json(await live.start(who(req), input(req, Start).params.id));
    });
    r.post(`${prefix}/:id/end`, ...guards, validate(Start), async (req, res) => {
      res.json(await live.end(who(req), input(req, Start).params.id));
    });
    r.post(`${prefix}/:id/cancel`, ...guards, validate(Start), async (req, res) => {
      res.json({ session: await live.cancel(who(req), input(req, Start).params.id) });
    });
    const Invite = { params: Id, body: InviteLiveStallRequest };
    r.post(`${prefix}/:id/invitations`, ...guards, validate(Invite), async (req, res) => {
      const { params, body } = input(req, Invite);
      res.status(201).json({ session: await live.invite(who(req), params.id, body.stallId) });
    });
    const Pin = { params: Id, body: PinLiveOfferRequest };
    r.post(`${prefix}/:id/pin`, ...guards, validate(Pin), async (req, res) => {
      const { params, body } = input(req, Pin);
      res.json({ session: await live.pin(who(req), params.id, body.offerId) });
    });
    const Comments = { params: Id, body: LiveCommentsRequest };
    r.post(`${prefix}/:id/comments`, ...guards, validate(Comments), async (req, res) => {
      const { params, body } = input(req, Comments);
      res.json(await drafts.fromComments(who(req), params.id, body.lines));
    });
    const Update = { params: Id, body: UpdateLiveSessionRequest };
    r.patch(`${prefix}/:id`, ...guards, validate(Update), async (req, res) => {
      const { params, body } = input(req, Update);
      res.json({ session: await live.setViewers(who(req), params.id, { peak: body.viewersPeak, unique: body.viewersUnique }) });
    });
    const Report = { params: Id };
    r.get(`${prefix}/:id/report`, ...guards, validate(Report), async (req, res) => {
      res.json(await reports.report(who(req), input(req, Report).params.id));
    });
    r.get(`${prefix}/:id/report.csv`, ...guards, validate(Report), async (req, res) => {
      const id = input(req, Report).params.id;
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="live-${id}.csv"`);
      res.send(reportCsv(await reports.report(who(req), id)));
    });
  };

  const stallActor = (req: Parameters<typeof actingStall>[0]): LiveActor => ({ kind: "stall", ctx: actingStall(req) });
  const Create = { body: CreateLiveSessionRequest };
  r.post("/seller/live-sessions", scope("live"), validate(Create), async (req, res) => {
    res.status(201).json({ session: await live.create(stallActor(req), input(req, Create).body) });
  });
  r.get("/seller/live-sessions", scope("live"), async (req, res) => {
    res.json({ items: await live.listForStall(actingStall(req).stall.id) });
  });
  const One = { params: Id };
  r.get("/seller/live-sessions/:id", scope("live"), validate(One), async (req, res) => {
    res.json(await live.getForSeller(input(req, One).params.id, actingStall(req).stall.id));
  });
  const Accept = { params: Id, body: EmptyBody };
  r.post("/seller/live-sessions/:id/accept", scope("live"), validate(Accept), async (req, res) => {
    res.json({ session: await live.accept(actingStall(req), input(req, Accept).params.id) });
  });
  const Offer = { params: Id, body: CreateLiveOfferRequest };
  r.post("/seller/live-sessions/:id/offers", scope("live"), validate(Offer), async (req, res) => {
    const { params, body } = input(req, Offer);
    res.status(201).json({ offer: await live.addOffer(actingStall(req), params.id, body) });
  });
  hostRoutes("/seller/live-sessions", stallActor, [scope("live")]);

  r.use("/admin/live-sessions", guard("admin"));
  const adminActor = (req: Parameters<typeof actingStall>[0]): LiveActor => ({ kind: "admin", user: currentUser(req) });
  r.post("/admin/live-sessions", validate(Create), async (req, res) => {
    res.status(201).json({ session: await live.create(adminActor(req), input(req, Create).body) });
  });
  r.get("/admin/live-sessions", async (_req, res) => {
    res.json({ items: await live.listAll() });
  });
  r.get("/admin/live-sessions/:id", validate(One), async (req, res) => {
    res.json(await live.getForSeller(input(req, One).params.id, null));
  });
  hostRoutes("/admin/live-sessions", adminActor, []);

  const Verify = { params: UserId, body: VerifyIdentityRequest };
  r.post("/admin/users/:id/verify-identity", guard("admin"), validate(Verify), async (req, res) => {
    const { params, body } = input(req, Verify);
    res.status(201).json({ decision: await live.verifyIdentity(currentUser(req), params.id, body) });
  });
  return r;
}

const seller = ["seller", "live"];
const admin = ["admin", "live"];
const session = json(LiveSessionResponse, "The session");
const full = json(SellerLiveSession, "The session with its offers");
const body = (schema: z.ZodType) => ({ requestBody: { content: { "application/json": { schema } } } });

/** The host's paths, under the seller's or the admin's prefix. */
function hostPaths(prefix: string, tags: string[]): ZodOpenApiPathsObject {
  const p = `${prefix}/{id}`;
  const op = (summary: string, res: ReturnType<typeof json>, schema: z.ZodType, ...codes: number[]) => ({
    post: {
      tags,
      summary,
      ...bearer,
      requestParams: { path: Id },
      ...body(schema),
      responses: { "200": res, ...errors(400, 401, 403, 404, ...codes) },
    },
  });
  return {
    [p]: {
      patch: {
        tags,
        summary: "Enter the platform's viewer figures (the report marks them as entered)",
        ...bearer,
        requestParams: { path: Id },
        ...body(UpdateLiveSessionRequest),
        responses: { "200": session, ...errors(400, 401, 403, 404) },
      },
    },
    [`${p}/start`]: op(
      "Go live: holds every offer's units out of the product's stock (as many as there are); 403 unless the host's identity is verified",
      full,
      EmptyBody,
      409,
    ),
    [`${p}/end`]: op("End the session: unsold held units go back to the products", full, EmptyBody, 409),
    [`${p}/cancel`]: op("Call off a scheduled session", session, EmptyBody, 409),
    [`${p}/invitations`]: {
      post: {
        tags,
        summary: "Invite another approved stall (it accepts before it can offer)",
        ...bearer,
        requestParams: { path: Id },
        ...body(InviteLiveStallRequest),
        responses: { "201": session, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    [`${p}/pin`]: op("Pin an offer: every viewer's page shows it at once", session, PinLiveOfferRequest, 409),
    [`${p}/comments`]: op(
      "Orders from pasted comments (`A1 2 0905123456 Nguyen Van A`): drafts holding units 30 minutes, each buyer sent an SMS link",
      json(LiveCommentsResponse, "How many drafts were made, and the lines refused with why"),
      LiveCommentsRequest,
      409,
    ),
    [`${p}/report`]: {
      get: {
        tags,
        summary: "What the session sold: orders by state, revenue, per stall, per offer, per minute",
        ...bearer,
        requestParams: { path: Id },
        responses: { "200": json(LiveReport, "The report"), ...errors(400, 401, 403, 404) },
      },
    },
    [`${p}/report.csv`]: {
      get: {
        tags,
        summary: "The report's offers as CSV",
        ...bearer,
        requestParams: { path: Id },
        responses: {
          "200": { description: "CSV", content: { "text/csv": { schema: z.string() } } },
          ...errors(400, 401, 403, 404),
        },
      },
    },
  };
}

export const livePaths: ZodOpenApiPathsObject = {
  "/api/seller/live-sessions": {
    post: {
      tags: seller,
      summary: "Plan a live session hosted by my stall",
      ...bearer,
      ...body(CreateLiveSessionRequest),
      responses: { "201": session, ...errors(400, 401, 403) },
    },
    get: {
      tags: seller,
      summary: "Sessions my stall hosts or was invited to",
      ...bearer,
      responses: { "200": json(LiveSessionList, "The sessions"), ...errors(401, 403) },
    },
  },
  "/api/seller/live-sessions/{id}": {
    get: {
      tags: seller,
      summary: "One session my stall takes part in, with every offer",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": full, ...errors(400, 401, 403, 404) },
    },
    ...hostPaths("/api/seller/live-sessions", seller)["/api/seller/live-sessions/{id}"],
  },
  "/api/seller/live-sessions/{id}/accept": {
    post: {
      tags: seller,
      summary: "Accept an invitation to a session",
      ...bearer,
      requestParams: { path: Id },
      ...body(EmptyBody),
      responses: { "200": session, ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/seller/live-sessions/{id}/offers": {
    post: {
      tags: seller,
      summary:
        "Offer one of my products at a live price (below its price, not above its lowest of 30 days: else 422); code A1, A2…",
      ...bearer,
      requestParams: { path: Id },
      ...body(CreateLiveOfferRequest),
      responses: { "201": json(LiveOfferResponse, "The offer"), ...errors(400, 401, 403, 404, 409, 422) },
    },
  },
  ...Object.fromEntries(
    Object.entries(hostPaths("/api/seller/live-sessions", seller)).filter(([k]) => k !== "/api/seller/live-sessions/{id}"),
  ),
  "/api/admin/live-sessions": {
    post: {
      tags: admin,
      summary: "Plan a session hosted by the market (stalls are invited)",
      ...bearer,
      ...body(CreateLiveSessionRequest),
      responses: { "201": session, ...errors(400, 401, 403) },
    },
    get: {
      tags: admin,
      summary: "Every session",
      ...bearer,
      responses: { "200": json(LiveSessionList, "The sessions"), ...errors(401, 403) },
    },
  },
  "/api/admin/live-sessions/{id}": {
    get: {
      tags: admin,
      summary: "One session with every offer",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": full, ...errors(400, 401, 403, 404) },
    },
    ...hostPaths("/api/admin/live-sessions", admin)["/api/admin/live-sessions/{id}"],
  },
  ...Object.fromEntries(
    Object.entries(hostPaths("/api/admin/live-sessions", admin)).filter(([k]) => k !== "/api/admin/live-sessions/{id}"),
  ),
  "/api/admin/users/{id}/verify-identity": {
    post: {
      tags: ["admin", "users"],
      summary: "Record that the user's identity was checked (a livestreamer's, required before their session starts)",
      ...bearer,
      requestParams: { path: UserId },
      ...body(VerifyIdentityRequest),
      responses: { "201": json(IdentityDecisionResponse, "The decision"), ...errors(400, 401, 403, 404) },
    },
  },
};
