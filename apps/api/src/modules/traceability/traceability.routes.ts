import { type Request, Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  BatchDetailResponse,
  BatchList,
  BatchListQuery,
  BatchResponse,
  CreateBatchRequest,
  CreateTraceEventRequest,
  TraceEventResponse,
  TraceReportList,
  TraceReportQuery,
} from "@chophien/contracts";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { maybeUploadImage, optionalImage } from "../../http/upload";
import { input, validate } from "../../http/validate";
import { actingStall, scope } from "../helpers/acting-stall";
import type { BatchesService } from "./batches.service";

const ProductId = z.object({ id: z.uuid("Not a product id") });
const BatchId = z.object({ id: z.uuid("Not a batch id") });

export interface TraceabilityRoutesDeps {
  batches: BatchesService;
}

/** /api/seller: the acting stall's batches and their append-only events (`catalog` scope; no edit or delete routes, on purpose). */
export function traceabilityRoutes({ batches }: TraceabilityRoutesDeps): Router {
  const r = Router();
  const stallOf = (req: Request) => actingStall(req).stall;

  const Create = { params: ProductId, body: CreateBatchRequest };
  r.post("/seller/products/:id/batches", scope("catalog"), validate(Create), async (req, res) => {
    const { params, body } = input(req, Create);
    res.status(201).json({ batch: await batches.create(actingStall(req), params.id, body) });
  });

  const List = { params: ProductId, query: BatchListQuery };
  r.get("/seller/products/:id/batches", scope("catalog"), validate(List), async (req, res) => {
    const { params, query } = input(req, List);
    res.json({ ...(await batches.list(stallOf(req), params.id, query)), page: query.page, limit: query.limit });
  });

  const One = { params: BatchId };
  r.get("/seller/batches/:id", scope("catalog"), validate(One), async (req, res) => {
    res.json(await batches.get(stallOf(req), input(req, One).params.id));
  });

  const Reports = { params: BatchId, query: TraceReportQuery };
  r.get("/seller/batches/:id/reports", scope("catalog"), validate(Reports), async (req, res) => {
    const { params, query } = input(req, Reports);
    res.json({ ...(await batches.reports(stallOf(req), params.id, query)), page: query.page, limit: query.limit });
  });

  const Append = { params: BatchId, body: CreateTraceEventRequest };
  r.post("/seller/batches/:id/events", scope("catalog"), maybeUploadImage("photo"), validate(Append), async (req, res) => {
    const { params, body } = input(req, Append);
    res.status(201).json({ event: await batches.append(actingStall(req), params.id, body, optionalImage(req)) });
  });

  return r;
}

const tags = ["seller", "traceability"];
export const traceabilityPaths: ZodOpenApiPathsObject = {
  "/api/seller/products/{id}/batches": {
    post: {
      tags,
      summary: "Record a batch (lot) of one of my products; it gets a public code and trace URL. A lot is unique per product",
      ...bearer,
      requestParams: { path: ProductId },
      requestBody: { content: { "application/json": { schema: CreateBatchRequest } } },
      responses: { "201": json(BatchResponse, "Created"), ...errors(400, 401, 403, 404, 409) },
    },
    get: {
      tags,
      summary: "The batches of one of my products, newest first",
      ...bearer,
      requestParams: { path: ProductId, query: BatchListQuery },
      responses: { "200": json(BatchList, "A page of batches"), ...errors(400, 401, 403, 404) },
    },
  },
  "/api/seller/batches/{id}": {
    get: {
      tags,
      summary: "One of my batches with its events in chain order",
      ...bearer,
      requestParams: { path: BatchId },
      responses: { "200": json(BatchDetailResponse, "The batch"), ...errors(401, 403, 404) },
    },
  },
  "/api/seller/batches/{id}/reports": {
    get: {
      tags,
      summary: "Shoppers' problem reports about one of my batches, newest first (without the reporter's contact)",
      ...bearer,
      requestParams: { path: BatchId, query: TraceReportQuery },
      responses: { "200": json(TraceReportList, "A page of reports"), ...errors(400, 401, 403, 404) },
    },
  },
  "/api/seller/batches/{id}/events": {
    post: {
      tags,
      summary:
        "Append an event (append-only: hash = SHA-256 hex of prevHash + the event's canonical JSON). JSON, or multipart with the same fields and an optional `photo`",
      ...bearer,
      requestParams: { path: BatchId },
      requestBody: {
        content: {
          "application/json": { schema: CreateTraceEventRequest },
          "multipart/form-data": {
            schema: CreateTraceEventRequest.extend({ photo: z.string().meta({ format: "binary" }).optional() }),
          },
        },
      },
      responses: { "201": json(TraceEventResponse, "Appended"), ...errors(400, 401, 403, 404, 413) },
    },
  },
};
