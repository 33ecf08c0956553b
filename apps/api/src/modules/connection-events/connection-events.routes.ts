import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  AdminConnectionEventList,
  AdminConnectionEventQuery,
  AdminConnectionEventResponse,
  CancelConnectionEventRequest,
  ConnectionEventDetailResponse,
  ConnectionEventList,
  ConnectionEventQuery,
  CreateConnectionEventRequest,
  EmptyBody,
  PresentDemandRequest,
  UpdateConnectionEventRequest,
} from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { ConnectionEventsService } from "./connection-events.service";

export const EventId = z.object({ id: z.uuid("Not an event id") });
const EventDemand = z.object({ id: z.uuid("Not an event id"), demandId: z.uuid("Not a demand id") });
const EventSlug = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/, "Not an event slug") });

/** The public events (/api/events) and the admins' planning (/api/admin/events). */
export function connectionEventsRoutes({ events, guard }: { events: ConnectionEventsService; guard: AuthGuard }): Router {
  const r = Router();
  const Public = { query: ConnectionEventQuery };
  r.get("/events", validate(Public), async (req, res) => {
    const q = input(req, Public).query;
    res.json({ ...(await events.list(q)), page: q.page, limit: q.limit } satisfies ConnectionEventList);
  });
  const BySlug = { params: EventSlug };
  r.get("/events/:slug", validate(BySlug), async (req, res) => {
    res.json({ event: await events.get(input(req, BySlug).params.slug) });
  });

  r.use("/admin/events", guard("admin"));
  const Create = { body: CreateConnectionEventRequest };
  r.post("/admin/events", validate(Create), async (req, res) => {
    res.status(201).json({ event: await events.create(currentUser(req), input(req, Create).body) });
  });
  const List = { query: AdminConnectionEventQuery };
  r.get("/admin/events", validate(List), async (req, res) => {
    const q = input(req, List).query;
    res.json({ ...(await events.adminList(q)), page: q.page, limit: q.limit } satisfies AdminConnectionEventList);
  });
  const One = { params: EventId };
  r.get("/admin/events/:id", validate(One), async (req, res) => {
    res.json({ event: await events.adminGet(input(req, One).params.id) });
  });
  const Update = { params: EventId, body: UpdateConnectionEventRequest };
  r.patch("/admin/events/:id", validate(Update), async (req, res) => {
    const { params, body } = input(req, Update);
    res.json({ event: await events.update(params.id, body) });
  });
  const Publish = { params: EventId, body: EmptyBody };
  r.post("/admin/events/:id/publish", validate(Publish), async (req, res) => {
    res.json({ event: await events.publish(input(req, Publish).params.id) });
  });
  const Cancel = { params: EventId, body: CancelConnectionEventRequest };
  r.post("/admin/events/:id/cancel", validate(Cancel), async (req, res) => {
    const { params, body } = input(req, Cancel);
    res.json({ event: await events.cancel(params.id, body.reason) });
  });
  const Present = { params: EventId, body: PresentDemandRequest };
  r.post("/admin/events/:id/demands", validate(Present), async (req, res) => {
    const { params, body } = input(req, Present);
    res.json({ event: await events.present(params.id, body.demandId) });
  });
  const Unpresent = { params: EventDemand };
  r.delete("/admin/events/:id/demands/:demandId", validate(Unpresent), async (req, res) => {
    const { id, demandId } = input(req, Unpresent).params;
    res.json({ event: await events.unpresent(id, demandId) });
  });
  return r;
}

const tags = ["events"];
const admin = ["admin", "events"];
const one = json(AdminConnectionEventResponse, "The event");
const adminMove = (summary: string, body: z.ZodType, codes: number[]) => ({
  post: {
    tags: admin,
    summary,
    ...bearer,
    requestParams: { path: EventId },
    requestBody: { content: { "application/json": { schema: body } } },
    responses: { "200": one, ...errors(...codes) },
  },
});
export const connectionEventsPaths: ZodOpenApiPathsObject = {
  "/api/events": {
    get: {
      tags,
      summary: "Published connection events: upcoming (not yet ended, soonest first) or past (newest first)",
      requestParams: { query: ConnectionEventQuery },
      responses: { "200": json(ConnectionEventList, "A page"), ...errors(400) },
    },
  },
  "/api/events/{slug}": {
    get: {
      tags,
      summary: "One published event: the demands presented (never a buyer's contacts), stalls attending, results once started",
      requestParams: { path: EventSlug },
      responses: { "200": json(ConnectionEventDetailResponse, "The event"), ...errors(400, 404) },
    },
  },
  "/api/admin/events": {
    post: {
      tags: admin,
      summary: "Plan a forum, fair or online event (a draft, invisible to the public until published)",
      ...bearer,
      requestBody: { content: { "application/json": { schema: CreateConnectionEventRequest } } },
      responses: { "201": json(AdminConnectionEventResponse, "A draft"), ...errors(400, 401, 403) },
    },
    get: {
      tags: admin,
      summary: "Every event (drafts and cancelled too), newest start first, with registrations counted",
      ...bearer,
      requestParams: { query: AdminConnectionEventQuery },
      responses: { "200": json(AdminConnectionEventList, "A page"), ...errors(400, 401, 403) },
    },
  },
  "/api/admin/events/{id}": {
    get: {
      tags: admin,
      summary: "One event as admins see it",
      ...bearer,
      requestParams: { path: EventId },
      responses: { "200": one, ...errors(400, 401, 403, 404) },
    },
    patch: {
      tags: admin,
      summary: "Edit a draft or published event; the result obeys the creation rules",
      ...bearer,
      requestParams: { path: EventId },
      requestBody: { content: { "application/json": { schema: UpdateConnectionEventRequest } } },
      responses: { "200": one, ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/admin/events/{id}/publish": adminMove("Publish a draft", EmptyBody, [400, 401, 403, 404, 409]),
  "/api/admin/events/{id}/cancel": adminMove(
    "Cancel a draft or an event not yet ended, with a reason",
    CancelConnectionEventRequest,
    [400, 401, 403, 404, 409],
  ),
  "/api/admin/events/{id}/demands": adminMove(
    "Present an open, awarded or fulfilled demand of a verified organisation (twice: 409)",
    PresentDemandRequest,
    [400, 401, 403, 404, 409],
  ),
  "/api/admin/events/{id}/demands/{demandId}": {
    delete: {
      tags: admin,
      summary: "No longer present a demand at the event",
      ...bearer,
      requestParams: { path: EventDemand },
      responses: { "200": one, ...errors(400, 401, 403, 404) },
    },
  },
};
