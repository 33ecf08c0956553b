import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  CreateDemandRequest,
  DemandList,
  DemandQuery,
  DemandResponse,
  DemandTransitionRequest,
  EmptyBody,
  MyDemand,
  MyDemandList,
} from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { DemandsService } from "./demands.service";

export const DemandId = z.object({ id: z.uuid("Not a demand id") });
const MOVE = { closed: "close", fulfilled: "fulfil", cancelled: "cancel" } as const;

/** The public board (/api/demands), posting and the buyer's own view (/api/me/demands). */
export function demandsRoutes({ demands, guard }: { demands: DemandsService; guard: AuthGuard }): Router {
  const r = Router();
  const Create = { body: CreateDemandRequest };
  r.post("/demands", guard(), validate(Create), async (req, res) => {
    res.status(201).json({ demand: await demands.create(currentUser(req), input(req, Create).body) });
  });
  const Board = { query: DemandQuery };
  r.get("/demands", validate(Board), async (req, res) => {
    const q = input(req, Board).query;
    res.json({ ...(await demands.list(q)), page: q.page, limit: q.limit } satisfies DemandList);
  });
  const One = { params: DemandId };
  r.get("/demands/:id", validate(One), async (req, res) => {
    res.json({ demand: await demands.get(input(req, One).params.id) });
  });
  const Close = { params: DemandId, body: EmptyBody };
  r.post("/demands/:id/close", guard(), validate(Close), async (req, res) => {
    res.json({ demand: await demands.transition(currentUser(req), input(req, Close).params.id, "close") });
  });
  const Move = { params: DemandId, body: DemandTransitionRequest };
  r.post("/demands/:id/transition", guard(), validate(Move), async (req, res) => {
    const { params, body } = input(req, Move);
    res.json({ demand: await demands.transition(currentUser(req), params.id, MOVE[body.to]) });
  });
  r.get("/me/demands", guard(), async (req, res) => {
    res.json({ items: await demands.mine(currentUser(req)) });
  });
  r.get("/me/demands/:id", guard(), validate(One), async (req, res) => {
    res.json({ demand: await demands.mineOne(currentUser(req), input(req, One).params.id) });
  });
  return r;
}

const tags = ["demands"];
export const demandsPaths: ZodOpenApiPathsObject = {
  "/api/demands": {
    post: {
      tags,
      summary: "Post a demand (a member of a verified organisation; matching stalls are mailed once)",
      ...bearer,
      requestBody: { content: { "application/json": { schema: CreateDemandRequest } } },
      responses: { "201": json(DemandResponse, "Posted, open"), ...errors(400, 401, 403) },
    },
    get: {
      tags,
      summary: "The public board: open demands unless a status is asked, folded Vietnamese search; never a buyer's contacts",
      requestParams: { query: DemandQuery },
      responses: { "200": json(DemandList, "A page"), ...errors(400) },
    },
  },
  "/api/demands/{id}": {
    get: {
      tags,
      summary: "One demand as the public sees it (the organisation's name, kind and province only)",
      requestParams: { path: DemandId },
      responses: { "200": json(DemandResponse, "The demand"), ...errors(400, 404) },
    },
  },
  "/api/demands/{id}/close": {
    post: {
      tags,
      summary: "The buyer stops an open demand",
      ...bearer,
      requestParams: { path: DemandId },
      requestBody: { content: { "application/json": { schema: EmptyBody } } },
      responses: { "200": json(DemandResponse, "Closed"), ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/demands/{id}/transition": {
    post: {
      tags,
      summary: "The buyer closes an open demand, or marks an awarded one fulfilled or cancelled",
      ...bearer,
      requestParams: { path: DemandId },
      requestBody: { content: { "application/json": { schema: DemandTransitionRequest } } },
      responses: { "200": json(DemandResponse, "Moved"), ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/me/demands": {
    get: {
      tags: ["me", ...tags],
      summary: "My organisation's demands, each with all its offers",
      ...bearer,
      responses: { "200": json(MyDemandList, "Mine"), ...errors(401) },
    },
  },
  "/api/me/demands/{id}": {
    get: {
      tags: ["me", ...tags],
      summary: "One of my organisation's demands with all its offers (contacts of shortlisted stalls)",
      ...bearer,
      requestParams: { path: DemandId },
      responses: { "200": json(z.object({ demand: MyDemand }), "Mine"), ...errors(400, 401, 404) },
    },
  },
};
