import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  AdminPayoutQuery,
  BalanceDueList,
  BalanceDueQuery,
  CommissionOverrideRequest,
  CreatePayoutRequest,
  LedgerQuery,
  LedgerResponse,
  PayoutList,
  PayoutListQuery,
  PayoutResponse,
  StallResponse,
} from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { actingStall, scope } from "../helpers/acting-stall";
import type { StallsService } from "../stalls/stalls.service";
import type { LedgerService } from "./ledger.service";

const StallId = z.object({ id: z.uuid("Not a stall id") });

export interface LedgerRoutesDeps {
  guard: AuthGuard;
  stalls: StallsService;
  ledger: LedgerService;
}

/** Money owed to stalls: the seller's statement and payouts, the admins' payouts and commission overrides. */
export function ledgerRoutes({ guard, stalls, ledger }: LedgerRoutesDeps): Router {
  const r = Router();

  const Statement = { query: LedgerQuery };
  r.get("/seller/ledger", scope("owner-only"), validate(Statement), async (req, res) => {
    res.set("Cache-Control", "no-store");
    res.json(await ledger.statement(actingStall(req).stall, input(req, Statement).query));
  });

  const Received = { query: PayoutListQuery };
  r.get("/seller/payouts", scope("owner-only"), validate(Received), async (req, res) => {
    res.set("Cache-Control", "no-store");
    res.json(await ledger.stallPayouts(actingStall(req).stall, input(req, Received).query));
  });

  const Create = { body: CreatePayoutRequest };
  r.post("/admin/payouts", guard("admin"), validate(Create), async (req, res) => {
    const payout = await ledger.createPayout(currentUser(req), input(req, Create).body);
    res.status(201).json({ payout } satisfies PayoutResponse);
  });

  const Due = { query: BalanceDueQuery };
  r.get("/admin/payouts/due", guard("admin"), validate(Due), async (req, res) => {
    res.set("Cache-Control", "no-store");
    res.json(await ledger.balancesDue(input(req, Due).query));
  });

  const List = { query: AdminPayoutQuery };
  r.get("/admin/payouts", guard("admin"), validate(List), async (req, res) => {
    res.json(await ledger.adminPayouts(input(req, List).query));
  });

  const StallStatement = { params: StallId, query: LedgerQuery };
  r.get("/admin/stalls/:id/ledger", guard("admin"), validate(StallStatement), async (req, res) => {
    const { params, query } = input(req, StallStatement);
    const stall = await stalls.adminGet(params.id); // 404 for an unknown stall
    res.set("Cache-Control", "no-store");
    res.json(await ledger.statement(stall, query));
  });

  const Commission = { params: StallId, body: CommissionOverrideRequest };
  r.patch("/admin/stalls/:id/commission", guard("admin"), validate(Commission), async (req, res) => {
    const { params, body } = input(req, Commission);
    await ledger.setCommissionRate(params.id, body.commissionRateBps);
    res.json({ stall: await stalls.adminGet(params.id) } satisfies StallResponse);
  });

  return r;
}

export const ledgerPaths: ZodOpenApiPathsObject = {
  "/api/admin/stalls/{id}/ledger": {
    get: {
      tags: ["admin"],
      summary: "A stall's ledger and balance: available, held by the market, payable (what a payout may take), pending",
      ...bearer,
      requestParams: { path: StallId, query: LedgerQuery },
      responses: { "200": json(LedgerResponse, "A page of ledger lines and the balance"), ...errors(400, 401, 403, 404) },
    },
  },
  "/api/seller/ledger": {
    get: {
      tags: ["seller"],
      summary: "My stall's ledger, newest first, with the available balance and sales still pending completion",
      ...bearer,
      requestParams: { query: LedgerQuery },
      responses: { "200": json(LedgerResponse, "A page of ledger lines and the balance"), ...errors(400, 401, 403) },
    },
  },
  "/api/seller/payouts": {
    get: {
      tags: ["seller"],
      summary: "Payouts my stall has received, newest first",
      ...bearer,
      requestParams: { query: PayoutListQuery },
      responses: { "200": json(PayoutList, "A page of payouts"), ...errors(400, 401, 403) },
    },
  },
  "/api/admin/payouts/due": {
    get: {
      tags: ["admin"],
      summary: "Stalls with a payable balance, largest first (available, held and payable as in a stall's statement)",
      ...bearer,
      requestParams: { query: BalanceDueQuery },
      responses: { "200": json(BalanceDueList, "A page of balances due"), ...errors(400, 401, 403) },
    },
  },
  "/api/admin/payouts": {
    get: {
      tags: ["admin"],
      summary: "Payouts newest first, optionally for one stall (by slug)",
      ...bearer,
      requestParams: { query: AdminPayoutQuery },
      responses: { "200": json(PayoutList, "A page of payouts"), ...errors(400, 401, 403) },
    },
    post: {
      tags: ["admin"],
      summary:
        "Record a bank transfer to a stall; never more than its payable balance (what the market holds for it, less what it owes): 422 with the reason beyond, 409 for a reference already recorded",
      ...bearer,
      requestBody: { content: { "application/json": { schema: CreatePayoutRequest } } },
      responses: {
        "201": json(PayoutResponse, "Recorded, and debited from the stall's ledger"),
        ...errors(400, 401, 403, 404, 409, 422),
      },
    },
  },
  "/api/admin/stalls/{id}/commission": {
    patch: {
      tags: ["admin"],
      summary: "Set a stall's commission rate (basis points), or null for the platform default; applies to new orders",
      ...bearer,
      requestParams: { path: StallId },
      requestBody: { content: { "application/json": { schema: CommissionOverrideRequest } } },
      responses: { "200": json(StallResponse, "The stall with its commission rate"), ...errors(400, 401, 403, 404) },
    },
  },
};
