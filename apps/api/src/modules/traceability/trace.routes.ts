import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  CreateTraceReportRequest,
  PublicTrace,
  TraceCode,
  TraceReportCreated,
  TraceReportList,
  TraceReportQuery,
} from "@chophien/contracts";
import type { AuthGuard } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { Throttle } from "../../lib/rate-limit";
import type { TraceService } from "./trace.service";

const Code = z.object({ code: TraceCode });

export interface TraceRoutesDeps {
  guard: AuthGuard;
  trace: TraceService;
  /** Limits problem reports per IP. */
  reportThrottle: Throttle;
}

/** The public trace page's data, its problem reports, and the admins' inbox of them. */
export function traceRoutes({ guard, trace, reportThrottle }: TraceRoutesDeps): Router {
  const r = Router();

  const One = { params: Code };
  r.get("/trace/:code", validate(One), async (req, res) => {
    const visitor = { ip: req.ip ?? "", userAgent: req.get("user-agent") ?? "" };
    res.set("Cache-Control", "no-store").json(await trace.trace(input(req, One).params.code, visitor));
  });

  const Report = { params: Code, body: CreateTraceReportRequest };
  r.post("/trace/:code/reports", validate(Report), async (req, res) => {
    await reportThrottle(req.ip ?? "unknown");
    const { params, body } = input(req, Report);
    res.status(201).json({ report: await trace.report(params.code, body) });
  });

  const Inbox = { query: TraceReportQuery };
  r.get("/admin/trace-reports", guard("admin"), validate(Inbox), async (req, res) => {
    const { query } = input(req, Inbox);
    res.json({ ...(await trace.listReports(query)), page: query.page, limit: query.limit });
  });

  return r;
}

export const tracePaths: ZodOpenApiPathsObject = {
  "/api/trace/{code}": {
    get: {
      tags: ["traceability"],
      summary:
        "A batch's public trace: product, stall, lot, inputs, hash-chained events, certificates and openings (counts one per visitor and day)",
      requestParams: { path: Code },
      responses: { "200": json(PublicTrace, "The trace"), ...errors(400, 404) },
    },
  },
  "/api/trace/{code}/reports": {
    post: {
      tags: ["traceability"],
      summary: "Report a problem with a batch (lands in the admins' inbox); limited per IP",
      requestParams: { path: Code },
      requestBody: { content: { "application/json": { schema: CreateTraceReportRequest } } },
      responses: { "201": json(TraceReportCreated, "Filed"), ...errors(400, 404, 429) },
    },
  },
  "/api/admin/trace-reports": {
    get: {
      tags: ["admin"],
      summary: "Problem reports about batches, newest first",
      ...bearer,
      requestParams: { query: TraceReportQuery },
      responses: { "200": json(TraceReportList, "A page of reports"), ...errors(400, 401, 403) },
    },
  },
};
