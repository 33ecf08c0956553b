import { type Request, Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  CreateProductRequest,
  ImageResponse,
  ReorderImagesRequest,
  RequestReviewRequest,
  SellerProductList,
  SellerProductQuery,
  SellerProductResponse,
  UpdateProductRequest,
} from "@chophien/contracts";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { uploadImage, uploadedImage } from "../../http/upload";
import { input, validate } from "../../http/validate";
import { actingStall, scope } from "../helpers/acting-stall";
import { imageUpload } from "../stalls/stalls.routes";
import type { ProductImagesService } from "./product-images.service";
import type { SellerProductsService } from "./products.service";

const Id = z.object({ id: z.uuid("Not a product id") });
const ImageId = Id.extend({ imageId: z.uuid("Not an image id") });

export interface SellerProductsDeps {
  products: SellerProductsService;
  images: ProductImagesService;
}

/** /api/seller/products: the stall's owner (or a helper with the `catalog` scope) manages products and photos. */
export function sellerProductsRoutes({ products, images }: SellerProductsDeps): Router {
  const r = Router();
  const stallOf = (req: Request) => actingStall(req).stall;

  const Create = { body: CreateProductRequest };
  r.post("/seller/products", scope("catalog"), validate(Create), async (req, res) => {
    res.status(201).json({ product: await products.create(actingStall(req), input(req, Create).body) });
  });

  const List = { query: SellerProductQuery };
  r.get("/seller/products", scope("catalog"), validate(List), async (req, res) => {
    const q = input(req, List).query;
    res.json({ ...(await products.list(stallOf(req), q)), page: q.page, limit: q.limit });
  });

  const One = { params: Id };
  r.get("/seller/products/:id", scope("catalog"), validate(One), async (req, res) => {
    res.json({ product: await products.get(stallOf(req), input(req, One).params.id) });
  });

  const Update = { params: Id, body: UpdateProductRequest };
  r.patch("/seller/products/:id", scope("catalog"), validate(Update), async (req, res) => {
    const { params, body } = input(req, Update);
    res.json({ product: await products.update(actingStall(req), params.id, body) });
  });

  r.delete("/seller/products/:id", scope("catalog"), validate(One), async (req, res) => {
    const result = await products.remove(actingStall(req), input(req, One).params.id);
    if (result.deleted) return void res.status(204).end();
    res.json({ product: result.product });
  });

  const RequestReview = { params: Id, body: RequestReviewRequest };
  r.post("/seller/products/:id/request-review", scope("catalog"), validate(RequestReview), async (req, res) => {
    const { params, body } = input(req, RequestReview);
    res.json({ product: await products.requestReview(actingStall(req), params.id, body.note || null) });
  });

  r.post("/seller/products/:id/images", scope("catalog"), validate(One), ...uploadImage(), async (req, res) => {
    const image = await images.add(actingStall(req), input(req, One).params.id, uploadedImage(req));
    res.status(201).json({ image });
  });

  const Reorder = { params: Id, body: ReorderImagesRequest };
  r.patch("/seller/products/:id/images", scope("catalog"), validate(Reorder), async (req, res) => {
    const { params, body } = input(req, Reorder);
    res.json({ product: await images.reorder(actingStall(req), params.id, body.imageIds) });
  });

  const OneImage = { params: ImageId };
  r.delete("/seller/products/:id/images/:imageId", scope("catalog"), validate(OneImage), async (req, res) => {
    const { params } = input(req, OneImage);
    res.json({ product: await images.remove(actingStall(req), params.id, params.imageId) });
  });

  return r;
}

const tags = ["seller"];
export const sellerProductsPaths: ZodOpenApiPathsObject = {
  "/api/seller/products": {
    post: {
      tags,
      summary: "Create a product (draft unless status says otherwise)",
      ...bearer,
      requestBody: { content: { "application/json": { schema: CreateProductRequest } } },
      responses: { "201": json(SellerProductResponse, "Created"), ...errors(400, 401, 403) },
    },
    get: {
      tags,
      summary: "My products (filter by status, search by name)",
      ...bearer,
      requestParams: { query: SellerProductQuery },
      responses: { "200": json(SellerProductList, "A page of my products"), ...errors(400, 401, 403) },
    },
  },
  "/api/seller/products/{id}": {
    get: {
      tags,
      summary: "One of my products",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": json(SellerProductResponse, "The product"), ...errors(401, 403, 404) },
    },
    patch: {
      tags,
      summary: "Edit one of my products",
      ...bearer,
      requestParams: { path: Id },
      requestBody: { content: { "application/json": { schema: UpdateProductRequest } } },
      responses: { "200": json(SellerProductResponse, "Updated"), ...errors(400, 401, 403, 404) },
    },
    delete: {
      tags,
      summary: "Delete a product; one that has been ordered is archived instead",
      ...bearer,
      requestParams: { path: Id },
      responses: {
        "204": { description: "Deleted" },
        "200": json(SellerProductResponse, "Archived (it has orders)"),
        ...errors(401, 403, 404),
      },
    },
  },
  "/api/seller/products/{id}/request-review": {
    post: {
      tags,
      summary: "Ask the admins to look again at a product they hid, once it is fixed",
      ...bearer,
      requestParams: { path: Id },
      requestBody: { content: { "application/json": { schema: RequestReviewRequest } } },
      responses: { "200": json(SellerProductResponse, "Asked"), ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/seller/products/{id}/images": {
    post: {
      tags,
      summary: "Add a photo (JPEG, PNG or WebP, ≤ 8 MB, at most 8 per product)",
      ...bearer,
      requestParams: { path: Id },
      requestBody: imageUpload,
      responses: { "201": json(ImageResponse, "Stored with its variants"), ...errors(400, 401, 403, 404, 409, 413) },
    },
    patch: {
      tags,
      summary: "Reorder the photos",
      ...bearer,
      requestParams: { path: Id },
      requestBody: { content: { "application/json": { schema: ReorderImagesRequest } } },
      responses: { "200": json(SellerProductResponse, "Reordered"), ...errors(400, 401, 403, 404) },
    },
  },
  "/api/seller/products/{id}/images/{imageId}": {
    delete: {
      tags,
      summary: "Remove a photo",
      ...bearer,
      requestParams: { path: ImageId },
      responses: { "200": json(SellerProductResponse, "Removed"), ...errors(401, 403, 404) },
    },
  },
};
