import { Router } from "express";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  EmptyBody,
  SellerConnectionEventList,
  SellerConnectionEventQuery,
  SellerConnectionEventResponse,
} from "@chophien/contracts";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { actingStall, scope } from "../helpers/acting-stall";
import { EventId } from "./connection-events.routes";
import type { EventRegistrationsService } from "./event-registrations.service";

/**
 * /api/seller/events (behind the acting-stall context): a stall's upcoming events and its registrations to attend.
 * Attending is part of how the stall presents itself, so a helper needs the `profile` scope.
 */
export function eventRegistrationsRoutes({ registrations }: { registrations: EventRegistrationsService }): Router {
  const r = Router();
  const List = { query: SellerConnectionEventQuery };
  r.get("/seller/events", scope("profile"), validate(List), async (req, res) => {
    const q = input(req, List).query;
    const page = await registrations.upcoming(actingStall(req).stall.id, q);
    res.json({ ...page, page: q.page, limit: q.limit } satisfies SellerConnectionEventList);
  });
  const Register = { params: EventId, body: EmptyBody };
  r.post("/seller/events/:id/register", scope("profile"), validate(Register), async (req, res) => {
    res.json({ event: await registrations.register(actingStall(req), input(req, Register).params.id) });
  });
  r.post("/seller/events/:id/unregister", scope("profile"), validate(Register), async (req, res) => {
    res.json({ event: await registrations.unregister(actingStall(req), input(req, Register).params.id) });
  });
  return r;
}

const tags = ["seller", "events"];
const move = (summary: string) => ({
  post: {
    tags,
    summary,
    ...bearer,
    requestParams: { path: EventId },
    requestBody: { content: { "application/json": { schema: EmptyBody } } },
    responses: { "200": json(SellerConnectionEventResponse, "The event, with registered"), ...errors(400, 401, 403, 404, 409) },
  },
});
export const eventRegistrationsPaths: ZodOpenApiPathsObject = {
  "/api/seller/events": {
    get: {
      tags,
      summary: "Upcoming published events, each saying whether my stall registered",
      ...bearer,
      requestParams: { query: SellerConnectionEventQuery },
      responses: { "200": json(SellerConnectionEventList, "A page"), ...errors(400, 401, 403) },
    },
  },
  "/api/seller/events/{id}/register": move(
    "Register my stall to attend a published event not yet ended (again: no change, 200; cancelled or ended: 409)",
  ),
  "/api/seller/events/{id}/unregister": move("Withdraw my stall's registration (not registered: no change, 200)"),
};
