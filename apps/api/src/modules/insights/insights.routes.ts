import { Router } from "express";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { PlatformSummary, SellerSummary, SummaryQuery } from "@chophien/contracts";
import type { AuthGuard } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { actingStall, scope } from "../helpers/acting-stall";
import type { InsightsService } from "./insights.service";

/** The dashboards: a stall's sales for its seller, the platform's for admins. */
export function insightsRoutes({ guard, insights }: { guard: AuthGuard; insights: InsightsService }) {
  const r = Router();
  const Summary = { query: SummaryQuery };

  r.get("/seller/summary", scope("orders"), validate(Summary), async (req, res) => {
    const { stall } = actingStall(req);
    res.set("Cache-Control", "no-store");
    res.json((await insights.seller(stall.id, input(req, Summary).query.days)) satisfies SellerSummary);
  });

  r.get("/admin/summary", guard("admin"), validate(Summary), async (req, res) => {
    res.set("Cache-Control", "no-store");
    res.json((await insights.platform(input(req, Summary).query.days)) satisfies PlatformSummary);
  });
  return r;
}

export const insightsPaths: ZodOpenApiPathsObject = {
  "/api/seller/summary": {
    get: {
      tags: ["seller"],
      summary: "My stall's sales per GMT+7 day, top products and order counts",
      ...bearer,
      requestParams: { query: SummaryQuery },
      responses: { "200": json(SellerSummary, "The dashboard"), ...errors(400, 401, 403) },
    },
  },
  "/api/admin/summary": {
    get: {
      tags: ["admin"],
      summary: "GMV, orders and new stalls per GMT+7 day, and what waits for an admin",
      ...bearer,
      requestParams: { query: SummaryQuery },
      responses: { "200": json(PlatformSummary, "The dashboard"), ...errors(400, 401, 403) },
    },
  },
};
