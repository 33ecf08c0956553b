import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  AdminOcopQuery,
  CreateOcopCertificateRequest,
  EmptyBody,
  OcopCertificateList,
  OcopCertificateResponse,
  RejectOcopRequest,
  RevokeOcopRequest,
  SellerOcopQuery,
} from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { actingStall, scope } from "../helpers/acting-stall";
import { sendDocument, uploadDocument } from "./ocop-document";
import type { OcopService } from "./ocop.service";

const Id = z.object({ id: z.uuid("Not a certificate id") });

/** /api/seller/ocop-certificates (`certificates` scope) and /api/admin/ocop-certificates (admins decide). */
export function ocopRoutes({ ocop, guard }: { ocop: OcopService; guard: AuthGuard }): Router {
  const r = Router();

  const Create = { body: CreateOcopCertificateRequest };
  r.post("/seller/ocop-certificates", scope("certificates"), validate(Create), async (req, res) => {
    res.status(201).json({ certificate: await ocop.submit(actingStall(req), input(req, Create).body) });
  });
  const List = { query: SellerOcopQuery };
  r.get("/seller/ocop-certificates", scope("certificates"), validate(List), async (req, res) => {
    const q = input(req, List).query;
    res.json({
      ...(await ocop.listForStall(actingStall(req).stall.id, q)),
      page: q.page,
      limit: q.limit,
    } satisfies OcopCertificateList);
  });
  const One = { params: Id };
  r.get("/seller/ocop-certificates/:id", scope("certificates"), validate(One), async (req, res) => {
    res.json({ certificate: await ocop.getForStall(actingStall(req).stall.id, input(req, One).params.id) });
  });

  r.post(
    "/seller/ocop-certificates/:id/document",
    scope("certificates"),
    ...uploadDocument(),
    validate(One),
    async (req, res) => {
      const id = input(req, One).params.id;
      res.json({ certificate: await ocop.attachDocument(actingStall(req), id, req.file!.buffer) });
    },
  );
  r.get("/seller/ocop-certificates/:id/document", scope("certificates"), validate(One), async (req, res) => {
    const id = input(req, One).params.id;
    sendDocument(res, id, await ocop.document(id, { stallId: actingStall(req).stall.id }));
  });
  // Public while it backs a star (the product page links it), always as a download.
  r.get("/ocop-certificates/:id/document", validate(One), async (req, res) => {
    const id = input(req, One).params.id;
    sendDocument(res, id, await ocop.document(id, {}));
  });

  r.use("/admin/ocop-certificates", guard("admin"));
  r.get("/admin/ocop-certificates/:id/document", validate(One), async (req, res) => {
    const id = input(req, One).params.id;
    sendDocument(res, id, await ocop.document(id, { admin: true }));
  });
  const AdminList = { query: AdminOcopQuery };
  r.get("/admin/ocop-certificates", validate(AdminList), async (req, res) => {
    const q = input(req, AdminList).query;
    res.json({ ...(await ocop.list(q)), page: q.page, limit: q.limit } satisfies OcopCertificateList);
  });
  r.get("/admin/ocop-certificates/:id", validate(One), async (req, res) => {
    res.json({ certificate: await ocop.get(input(req, One).params.id) });
  });
  const Verify = { params: Id, body: EmptyBody };
  r.post("/admin/ocop-certificates/:id/verify", validate(Verify), async (req, res) => {
    res.json({ certificate: await ocop.verify(currentUser(req), input(req, Verify).params.id) });
  });
  const Reject = { params: Id, body: RejectOcopRequest };
  r.post("/admin/ocop-certificates/:id/reject", validate(Reject), async (req, res) => {
    const { params, body } = input(req, Reject);
    res.json({ certificate: await ocop.reject(currentUser(req), params.id, body.reason) });
  });
  const Revoke = { params: Id, body: RevokeOcopRequest };
  r.post("/admin/ocop-certificates/:id/revoke", validate(Revoke), async (req, res) => {
    const { params, body } = input(req, Revoke);
    res.json({ certificate: await ocop.revoke(currentUser(req), params.id, body.reason, body.decisionNo) });
  });
  return r;
}

const seller = ["seller", "ocop"];
const admin = ["admin", "ocop"];
const cert = json(OcopCertificateResponse, "The certificate");
export const ocopPaths: ZodOpenApiPathsObject = {
  "/api/seller/ocop-certificates": {
    post: {
      tags: seller,
      summary: "Submit an OCOP certificate for some of my products; an admin verifies it before any star shows",
      ...bearer,
      requestBody: { content: { "application/json": { schema: CreateOcopCertificateRequest } } },
      responses: { "201": json(OcopCertificateResponse, "Submitted"), ...errors(400, 401, 403, 404, 422) },
    },
    get: {
      tags: seller,
      summary: "My stall's certificates, newest first",
      ...bearer,
      requestParams: { query: SellerOcopQuery },
      responses: { "200": json(OcopCertificateList, "A page"), ...errors(400, 401, 403) },
    },
  },
  "/api/seller/ocop-certificates/{id}": {
    get: {
      tags: seller,
      summary: "One of my certificates",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": cert, ...errors(400, 401, 403, 404) },
    },
  },
  "/api/seller/ocop-certificates/{id}/document": {
    post: {
      tags: seller,
      summary:
        "Attach the certificate's scan or decision (multipart `file`: PDF, JPEG, PNG or WebP ≤ 10 MB, sniffed; images re-encoded)",
      ...bearer,
      requestParams: { path: Id },
      requestBody: { content: { "multipart/form-data": { schema: z.object({ file: z.string().meta({ format: "binary" }) }) } } },
      responses: { "200": cert, ...errors(400, 401, 403, 404, 409, 413, 415, 422) },
    },
    get: {
      tags: seller,
      summary: "Download my certificate's document (always an attachment)",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": { description: "The file, as an attachment" }, ...errors(400, 401, 403, 404) },
    },
  },
  "/api/ocop-certificates/{id}/document": {
    get: {
      tags: ["catalog", "ocop"],
      summary: "The document of a verified, unexpired certificate (always an attachment, never inline)",
      requestParams: { path: Id },
      responses: { "200": { description: "The file, as an attachment" }, ...errors(400, 404) },
    },
  },
  "/api/admin/ocop-certificates/{id}/document": {
    get: {
      tags: admin,
      summary: "Any certificate's document, to check beside the form (always an attachment)",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": { description: "The file, as an attachment" }, ...errors(400, 401, 403, 404) },
    },
  },
  "/api/admin/ocop-certificates": {
    get: {
      tags: admin,
      summary: "The queue: submitted oldest first, or verified expiring within N days (soonest first)",
      ...bearer,
      requestParams: { query: AdminOcopQuery },
      responses: { "200": json(OcopCertificateList, "A page"), ...errors(400, 401, 403) },
    },
  },
  "/api/admin/ocop-certificates/{id}": {
    get: {
      tags: admin,
      summary: "One certificate with its decisions",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": cert, ...errors(400, 401, 403, 404) },
    },
  },
  "/api/admin/ocop-certificates/{id}/verify": {
    post: {
      tags: admin,
      summary: "Verify a submitted certificate: its products get the star; older verified ones are superseded",
      ...bearer,
      requestParams: { path: Id },
      requestBody: { content: { "application/json": { schema: EmptyBody } } },
      responses: { "200": cert, ...errors(400, 401, 403, 404, 409, 422) },
    },
  },
  "/api/admin/ocop-certificates/{id}/reject": {
    post: {
      tags: admin,
      summary: "Reject a submitted certificate, with a reason",
      ...bearer,
      requestParams: { path: Id },
      requestBody: { content: { "application/json": { schema: RejectOcopRequest } } },
      responses: { "200": cert, ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/admin/ocop-certificates/{id}/revoke": {
    post: {
      tags: admin,
      summary: "Revoke a verified certificate (reason, the revoking decision's number): the star goes at once",
      ...bearer,
      requestParams: { path: Id },
      requestBody: { content: { "application/json": { schema: RevokeOcopRequest } } },
      responses: { "200": cert, ...errors(400, 401, 403, 404, 409) },
    },
  },
};
