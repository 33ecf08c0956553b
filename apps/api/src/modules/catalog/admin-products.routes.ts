import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { AdminProductList, AdminProductQuery, AdminProductResponse, EmptyBody, HideProductRequest } from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { AdminProductsService } from "./admin-products.service";

const Id = z.object({ id: z.uuid("Not a product id") });

/** /api/admin/products: every product of every stall, and hiding one from the market. Admins only. */
export function adminProductsRoutes({ moderation, guard }: { moderation: AdminProductsService; guard: AuthGuard }): Router {
  const r = Router();
  r.use("/admin/products", guard("admin"));

  const List = { query: AdminProductQuery };
  r.get("/admin/products", validate(List), async (req, res) => {
    const q = input(req, List).query;
    res.json({ ...(await moderation.list(q)), page: q.page, limit: q.limit } satisfies AdminProductList);
  });

  const One = { params: Id };
  r.get("/admin/products/:id", validate(One), async (req, res) => {
    res.json({ product: await moderation.get(input(req, One).params.id) } satisfies AdminProductResponse);
  });

  const Hide = { params: Id, body: HideProductRequest };
  r.post("/admin/products/:id/hide", validate(Hide), async (req, res) => {
    const { params, body } = input(req, Hide);
    res.json({ product: await moderation.hide(currentUser(req), params.id, body.reason) } satisfies AdminProductResponse);
  });

  const Unhide = { params: Id, body: EmptyBody };
  r.post("/admin/products/:id/unhide", validate(Unhide), async (req, res) => {
    res.json({ product: await moderation.unhide(currentUser(req), input(req, Unhide).params.id) } satisfies AdminProductResponse);
  });
  return r;
}

const tags = ["admin"];
export const adminProductsPaths: ZodOpenApiPathsObject = {
  "/api/admin/products": {
    get: {
      tags,
      summary: "Every product of every stall, newest first (hidden ones: most recently hidden first)",
      ...bearer,
      requestParams: { query: AdminProductQuery },
      responses: { "200": json(AdminProductList, "A page of products"), ...errors(400, 401, 403) },
    },
  },
  "/api/admin/products/{id}": {
    get: {
      tags,
      summary: "One product with its moderation history",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": json(AdminProductResponse, "The product"), ...errors(400, 401, 403, 404) },
    },
  },
  "/api/admin/products/{id}/hide": {
    post: {
      tags,
      summary: "Hide a product from the market with a reason the seller reads (mailed to them)",
      ...bearer,
      requestParams: { path: Id },
      requestBody: { content: { "application/json": { schema: HideProductRequest } } },
      responses: { "200": json(AdminProductResponse, "Hidden"), ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/admin/products/{id}/unhide": {
    post: {
      tags,
      summary: "Show a hidden product again",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": json(AdminProductResponse, "Shown again"), ...errors(400, 401, 403, 404, 409) },
    },
  },
};
