import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  AdminStallList,
  AdminStallListQuery,
  ApproveStallRequest,
  DecisionReason,
  EmptyBody,
  StallResponse,
} from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { StallAction } from "./stall-decision.entity";
import type { StallsService } from "./stalls.service";

const Id = z.object({ id: z.uuid("Not a stall id") });

/** /api/admin/stalls: the application queue and the admins' decisions. Admins only. */
export function adminStallsRoutes({ stalls, guard }: { stalls: StallsService; guard: AuthGuard }): Router {
  const r = Router();
  r.use("/admin/stalls", guard("admin"));

  const List = { query: AdminStallListQuery };
  r.get("/admin/stalls", validate(List), async (req, res) => {
    const q = input(req, List).query;
    res.json({ ...(await stalls.adminList(q)), page: q.page, limit: q.limit });
  });

  const One = { params: Id };
  r.get("/admin/stalls/:id", validate(One), async (req, res) => {
    res.json({ stall: await stalls.adminGet(input(req, One).params.id) } satisfies StallResponse);
  });

  const decisions: [StallAction, z.ZodType][] = [
    ["approve", ApproveStallRequest],
    ["reject", DecisionReason],
    ["suspend", DecisionReason],
    ["reinstate", EmptyBody],
  ];
  for (const [action, body] of decisions) {
    const Decide = { params: Id, body };
    r.post(`/admin/stalls/:id/${action}`, validate(Decide), async (req, res) => {
      const { params, body } = input(req, Decide);
      // A rejection's or suspension's reason; an approval's optional message to the applicant.
      const { reason, message } = body as { reason?: string; message?: string };
      res.json({
        stall: await stalls.decide(currentUser(req), params.id, action, reason ?? (message || null)),
      } satisfies StallResponse);
    });
  }
  return r;
}

const decision = (action: string, summary: string, body?: z.ZodType) => ({
  post: {
    tags: ["admin"],
    summary,
    ...bearer,
    requestParams: { path: Id },
    ...(body ? { requestBody: { content: { "application/json": { schema: body } } } } : {}),
    responses: { "200": json(StallResponse, `Stall after ${action}`), ...errors(400, 401, 403, 404, 409) },
  },
});

export const adminStallsPaths: ZodOpenApiPathsObject = {
  "/api/admin/stalls": {
    get: {
      tags: ["admin"],
      summary: "Stalls by status, oldest first (the application queue)",
      ...bearer,
      requestParams: { query: AdminStallListQuery },
      responses: { "200": json(AdminStallList, "A page of stalls"), ...errors(400, 401, 403) },
    },
  },
  "/api/admin/stalls/{id}": {
    get: {
      tags: ["admin"],
      summary: "One stall with its owner and decisions",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": json(StallResponse, "The stall"), ...errors(401, 403, 404) },
    },
  },
  "/api/admin/stalls/{id}/approve": decision(
    "approve",
    "Approve a pending application (the owner becomes a seller and is mailed, with the optional message)",
    ApproveStallRequest,
  ),
  "/api/admin/stalls/{id}/reject": decision("reject", "Reject a pending application with a reason", DecisionReason),
  "/api/admin/stalls/{id}/suspend": decision("suspend", "Suspend an approved stall (its products disappear)", DecisionReason),
  "/api/admin/stalls/{id}/reinstate": decision("reinstate", "Reinstate a suspended stall"),
};
