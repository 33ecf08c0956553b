import { type Response, Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  AdminAuditQuery,
  AuditPage,
  type AuditRow,
  ClaimAccountRequest,
  ConsentRequest,
  CreateGrantRequest,
  CreateHelperRequest,
  GrantList,
  GrantResponse,
  HelperList,
  HelperResponse,
  HelperStallList,
  HelperTodoList,
  OnboardStallRequest,
  OnboardStallResponse,
  OwnerAuditQuery,
  WitnessRequest,
} from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { AuditFilter, HelpersService } from "./helpers.service";

const Id = z.object({ id: z.uuid("Not an id") });
const UserId = z.object({ userId: z.uuid("Not a user id") });
const DAY = 86_400_000;
/** A GMT+7 calendar day's first instant. */
const vnDay = (d: string) => new Date(`${d}T00:00:00+07:00`);

/** RFC 4180 CSV (with a BOM so spreadsheet programs read the Vietnamese text as UTF-8). */
export function auditCsv(rows: AuditRow[]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
    // A leading = + - @ would be a formula in a spreadsheet: quote it as text.
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const head = ["at", "stall_id", "stall", "actor_id", "actor", "grant_id", "route", "target_id", "before", "after"];
  const lines = rows.map((r) =>
    [r.at, r.stall.id, r.stall.name, r.actor.id, r.actor.fullName, r.grantId, r.route, r.targetId, r.before, r.after]
      .map(cell)
      .join(","),
  );
  return "\uFEFF" + [head.join(","), ...lines].join("\r\n") + "\r\n";
}

async function sendAudit(
  res: Response,
  helpers: HelpersService,
  filter: AuditFilter,
  q: { page: number; limit: number; format: "json" | "csv" },
  name: string,
) {
  if (q.format === "csv") {
    const { items } = await helpers.audit(filter, null);
    res.type("text/csv; charset=utf-8").attachment(`${name}.csv`).send(auditCsv(items));
    return;
  }
  res.json({ ...(await helpers.audit(filter, q)), page: q.page, limit: q.limit });
}

/**
 * Assisted stalls: admins make helpers and witness paper consents, helpers ask for grants and onboard producers,
 * owners consent, list and revoke, and everyone concerned reads the audit trail.
 */
export function helpersRoutes({ helpers, guard }: { helpers: HelpersService; guard: AuthGuard }): Router {
  const r = Router();

  // Admins
  const NewHelper = { body: CreateHelperRequest };
  r.post("/admin/helpers", guard("admin"), validate(NewHelper), async (req, res) => {
    res.status(201).json({ helper: await helpers.createHelper(currentUser(req), input(req, NewHelper).body) });
  });
  r.get("/admin/helpers", guard("admin"), async (_req, res) => {
    res.json({ items: await helpers.listHelpers() });
  });
  const EndHelper = { params: UserId };
  r.delete("/admin/helpers/:userId", guard("admin"), validate(EndHelper), async (req, res) => {
    await helpers.endHelper(currentUser(req), input(req, EndHelper).params.userId);
    res.status(204).end();
  });
  const Witness = { params: Id, body: WitnessRequest };
  r.post("/admin/grants/:id/witness", guard("admin"), validate(Witness), async (req, res) => {
    const { params, body } = input(req, Witness);
    res.json({ grant: await helpers.witness(currentUser(req), params.id, body.note) });
  });
  const AdminAudit = { query: AdminAuditQuery };
  r.get("/admin/audit", guard("admin"), validate(AdminAudit), async (req, res) => {
    const q = input(req, AdminAudit).query;
    const filter: AuditFilter = {
      ...(q.actor && { actorId: q.actor }),
      ...(q.stall && { stallId: q.stall }),
      ...(q.from && { from: vnDay(q.from) }),
      ...(q.to && { to: new Date(vnDay(q.to).getTime() + DAY) }),
    };
    await sendAudit(res, helpers, filter, q, "audit");
  });

  // Helpers
  r.get("/helper/stalls", guard(), async (req, res) => {
    res.json({ items: await helpers.helperStalls(currentUser(req)) });
  });
  r.get("/helper/todo", guard(), async (req, res) => {
    res.json({ items: await helpers.todo(currentUser(req)) });
  });
  const NewGrant = { body: CreateGrantRequest };
  r.post("/helper/grants", guard(), validate(NewGrant), async (req, res) => {
    res.status(201).json({ grant: await helpers.requestGrant(currentUser(req), input(req, NewGrant).body) });
  });
  const Onboard = { body: OnboardStallRequest };
  r.post("/helper/stalls", guard(), validate(Onboard), async (req, res) => {
    res.status(201).json(await helpers.onboard(currentUser(req), input(req, Onboard).body));
  });

  // The producer claiming the account a helper made (no sign-in: the link is the proof).
  const Claim = { body: ClaimAccountRequest };
  r.post("/account-claims", validate(Claim), async (req, res) => {
    const { body } = input(req, Claim);
    res.json(await helpers.claim(body.token, body.password));
  });

  // Owners
  r.get("/me/stall/grants", guard(), async (req, res) => {
    res.json({ items: await helpers.ownerGrants(currentUser(req)) });
  });
  const Consent = { params: Id, body: ConsentRequest };
  r.post("/me/stall/grants/:id/consent", guard(), validate(Consent), async (req, res) => {
    const { params, body } = input(req, Consent);
    res.json({ grant: await helpers.consent(currentUser(req), params.id, body.code) });
  });
  const Revoke = { params: Id };
  r.delete("/me/stall/grants/:id", guard(), validate(Revoke), async (req, res) => {
    res.json({ grant: await helpers.revoke(currentUser(req), input(req, Revoke).params.id) });
  });
  const OwnerAudit = { query: OwnerAuditQuery };
  r.get("/me/stall/audit", guard(), validate(OwnerAudit), async (req, res) => {
    const q = input(req, OwnerAudit).query;
    await sendAudit(res, helpers, { stallId: await helpers.ownStallId(currentUser(req)) }, q, "nhat-ky-gian-hang");
  });

  return r;
}

const tags = ["helpers"];
const jsonOrCsv = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema }, "text/csv": { schema: z.string() } },
});
export const helpersPaths: ZodOpenApiPathsObject = {
  "/api/admin/helpers": {
    post: {
      tags,
      summary: "Make a user (by e-mail) a helper for an organisation",
      ...bearer,
      requestBody: { content: { "application/json": { schema: CreateHelperRequest } } },
      responses: { "201": json(HelperResponse, "The helper"), ...errors(400, 401, 403, 409) },
    },
    get: {
      tags,
      summary: "Helpers, open ones first, with how many stalls each set up",
      ...bearer,
      responses: { "200": json(HelperList, "Helpers"), ...errors(401, 403) },
    },
  },
  "/api/admin/helpers/{userId}": {
    delete: {
      tags,
      summary: "End a helper: their grants are revoked at once",
      ...bearer,
      requestParams: { path: UserId },
      responses: { "204": { description: "Ended" }, ...errors(400, 401, 403, 404) },
    },
  },
  "/api/admin/grants/{id}/witness": {
    post: {
      tags,
      summary: "Record a witnessed paper consent for a producer without phone or mail; the grant becomes active",
      ...bearer,
      requestParams: { path: Id },
      requestBody: { content: { "application/json": { schema: WitnessRequest } } },
      responses: { "200": json(GrantResponse, "Active"), ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/admin/audit": {
    get: {
      tags,
      summary: "Every write made under a grant, filtered by actor, stall and GMT+7 days; format=csv downloads it",
      ...bearer,
      requestParams: { query: AdminAuditQuery },
      responses: { "200": jsonOrCsv(AuditPage, "A page of audit rows (or every row as CSV)"), ...errors(400, 401, 403) },
    },
  },
  "/api/helper/stalls": {
    get: {
      tags,
      summary: "The stalls I may act for (or asked to), each with its grant's scopes and expiry",
      ...bearer,
      responses: { "200": json(HelperStallList, "My stalls"), ...errors(401, 403) },
    },
    post: {
      tags,
      summary:
        "Onboard a producer: their account (no password, a claim link by SMS), the stall application and a grant awaiting consent",
      ...bearer,
      requestBody: { content: { "application/json": { schema: OnboardStallRequest } } },
      responses: { "201": json(OnboardStallResponse, "Set up"), ...errors(400, 401, 403, 409) },
    },
  },
  "/api/helper/todo": {
    get: {
      tags,
      summary:
        "What needs doing across my stalls: certificates expiring, low stock, orders waiting > 24 h, reviews unanswered, grants expiring",
      ...bearer,
      responses: { "200": json(HelperTodoList, "To do"), ...errors(401, 403) },
    },
  },
  "/api/helper/grants": {
    post: {
      tags,
      summary: "Ask a stall's owner for a grant; they get a 6-digit code by mail and SMS",
      ...bearer,
      requestBody: { content: { "application/json": { schema: CreateGrantRequest } } },
      responses: { "201": json(GrantResponse, "Awaiting consent"), ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/account-claims": {
    post: {
      tags,
      summary: "A producer claims the account a helper made for them: the link's token and a password",
      requestBody: { content: { "application/json": { schema: ClaimAccountRequest } } },
      responses: { "200": json(z.object({ userId: z.uuid() }), "Claimed"), ...errors(400) },
    },
  },
  "/api/me/stall/grants": {
    get: {
      tags,
      summary: "Grants on my stall, newest first",
      ...bearer,
      responses: { "200": json(GrantList, "Grants"), ...errors(401) },
    },
  },
  "/api/me/stall/grants/{id}/consent": {
    post: {
      tags,
      summary: "Consent with the 6-digit code (5 wrong codes lock the request; codes expire)",
      ...bearer,
      requestParams: { path: Id },
      requestBody: { content: { "application/json": { schema: ConsentRequest } } },
      responses: { "200": json(GrantResponse, "Active"), ...errors(400, 401, 404, 409) },
    },
  },
  "/api/me/stall/grants/{id}": {
    delete: {
      tags,
      summary: "Revoke a grant: the helper's very next request is refused",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": json(GrantResponse, "Revoked"), ...errors(400, 401, 404) },
    },
  },
  "/api/me/stall/audit": {
    get: {
      tags,
      summary: "What helpers did for my stall, newest first; format=csv downloads it",
      ...bearer,
      requestParams: { query: OwnerAuditQuery },
      responses: { "200": jsonOrCsv(AuditPage, "A page of audit rows (or every row as CSV)"), ...errors(400, 401, 404) },
    },
  },
};
