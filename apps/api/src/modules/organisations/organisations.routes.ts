import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  AdminOrganisationQuery,
  EmptyBody,
  MyOrganisationResponse,
  OrganisationList,
  OrganisationResponse,
  RegisterOrganisationRequest,
  RejectOrganisationRequest,
} from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { OrganisationsService } from "./organisations.service";

const Id = z.object({ id: z.uuid("Not an organisation id") });

/** /api/me/organisation (a buyer registers) and /api/admin/organisations (admins verify or reject). */
export function organisationsRoutes({ organisations, guard }: { organisations: OrganisationsService; guard: AuthGuard }): Router {
  const r = Router();
  const Register = { body: RegisterOrganisationRequest };
  r.post("/me/organisation", guard(), validate(Register), async (req, res) => {
    const organisation = await organisations.register(currentUser(req), input(req, Register).body);
    res.status(201).json({ organisation } satisfies OrganisationResponse);
  });
  r.get("/me/organisation", guard(), async (req, res) => {
    res.json({ organisation: await organisations.mine(currentUser(req).id) });
  });

  r.use("/admin/organisations", guard("admin"));
  const List = { query: AdminOrganisationQuery };
  r.get("/admin/organisations", validate(List), async (req, res) => {
    const q = input(req, List).query;
    res.json({ ...(await organisations.list(q)), page: q.page, limit: q.limit } satisfies OrganisationList);
  });
  const One = { params: Id };
  r.get("/admin/organisations/:id", validate(One), async (req, res) => {
    res.json({ organisation: await organisations.get(input(req, One).params.id) } satisfies OrganisationResponse);
  });
  const Verify = { params: Id, body: EmptyBody };
  r.post("/admin/organisations/:id/verify", validate(Verify), async (req, res) => {
    const organisation = await organisations.decide(currentUser(req), input(req, Verify).params.id, "verify", null);
    res.json({ organisation } satisfies OrganisationResponse);
  });
  const Reject = { params: Id, body: RejectOrganisationRequest };
  r.post("/admin/organisations/:id/reject", validate(Reject), async (req, res) => {
    const { params, body } = input(req, Reject);
    const organisation = await organisations.decide(currentUser(req), params.id, "reject", body.reason);
    res.json({ organisation } satisfies OrganisationResponse);
  });
  return r;
}

const admin = ["admin", "organisations"];
const one = json(OrganisationResponse, "The organisation");
export const organisationsPaths: ZodOpenApiPathsObject = {
  "/api/me/organisation": {
    post: {
      tags: ["me", "organisations"],
      summary: "Register my business as a buyer (pending until an admin verifies its tax code and papers)",
      ...bearer,
      requestBody: { content: { "application/json": { schema: RegisterOrganisationRequest } } },
      responses: { "201": json(OrganisationResponse, "Registered, pending"), ...errors(400, 401, 409) },
    },
    get: {
      tags: ["me", "organisations"],
      summary: "My organisation (null when I have none)",
      ...bearer,
      responses: { "200": json(MyOrganisationResponse, "Mine"), ...errors(401) },
    },
  },
  "/api/admin/organisations": {
    get: {
      tags: admin,
      summary: "Organisations, oldest first (filter by status: the pending queue)",
      ...bearer,
      requestParams: { query: AdminOrganisationQuery },
      responses: { "200": json(OrganisationList, "A page"), ...errors(400, 401, 403) },
    },
  },
  "/api/admin/organisations/{id}": {
    get: {
      tags: admin,
      summary: "One organisation with its decisions",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": one, ...errors(400, 401, 403, 404) },
    },
  },
  "/api/admin/organisations/{id}/verify": {
    post: {
      tags: admin,
      summary: "Verify a pending organisation: its members may post demands",
      ...bearer,
      requestParams: { path: Id },
      requestBody: { content: { "application/json": { schema: EmptyBody } } },
      responses: { "200": one, ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/admin/organisations/{id}/reject": {
    post: {
      tags: admin,
      summary: "Reject a pending organisation, with a reason (its tax code may be registered again)",
      ...bearer,
      requestParams: { path: Id },
      requestBody: { content: { "application/json": { schema: RejectOrganisationRequest } } },
      responses: { "200": one, ...errors(400, 401, 403, 404, 409) },
    },
  },
};
