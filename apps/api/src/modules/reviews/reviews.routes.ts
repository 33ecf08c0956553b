import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { CreateReviewRequest, ReplyRequest, ReviewList, ReviewListQuery, ReviewResponse } from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { uploadImage, uploadedImage } from "../../http/upload";
import { input, validate } from "../../http/validate";
import { actingStall, scope } from "../helpers/acting-stall";
import { imageUpload } from "../stalls/stalls.routes";
import type { ReviewsService } from "./reviews.service";

const ProductId = z.object({ id: z.uuid("Not a product id") });
const ReviewId = z.object({ id: z.uuid("Not a review id") });

export interface ReviewsRoutesDeps {
  guard: AuthGuard;
  reviews: ReviewsService;
}

/** Product reviews: buyers write them, everyone reads them, sellers reply once, admins hide abuse. */
export function reviewsRoutes({ guard, reviews }: ReviewsRoutesDeps): Router {
  const r = Router();

  const Create = { params: ProductId, body: CreateReviewRequest };
  r.post("/products/:id/reviews", guard(), validate(Create), async (req, res) => {
    const { params, body } = input(req, Create);
    res.status(201).json({ review: await reviews.create(currentUser(req), params.id, body) });
  });

  const List = { params: ProductId, query: ReviewListQuery };
  r.get("/products/:id/reviews", validate(List), async (req, res) => {
    const { params, query } = input(req, List);
    res.json({ ...(await reviews.listPublic(params.id, query)), page: query.page, limit: query.limit });
  });

  const One = { params: ReviewId };
  r.post("/reviews/:id/photo", guard(), validate(One), ...uploadImage(), async (req, res) => {
    const review = await reviews.setPhoto(currentUser(req), input(req, One).params.id, uploadedImage(req));
    res.status(201).json({ review });
  });

  const SellerList = { query: ReviewListQuery };
  r.get("/seller/reviews", scope("reviews"), validate(SellerList), async (req, res) => {
    const { query } = input(req, SellerList);
    res.json({ ...(await reviews.listForStall(actingStall(req).stall, query)), page: query.page, limit: query.limit });
  });

  const Reply = { params: ReviewId, body: ReplyRequest };
  r.post("/seller/reviews/:id/reply", scope("reviews"), validate(Reply), async (req, res) => {
    const { params, body } = input(req, Reply);
    res.json({ review: await reviews.reply(actingStall(req), params.id, body.text) });
  });

  r.post("/admin/reviews/:id/hide", guard("admin"), validate(One), async (req, res) => {
    res.json({ review: await reviews.setHidden(input(req, One).params.id, true) });
  });
  r.post("/admin/reviews/:id/unhide", guard("admin"), validate(One), async (req, res) => {
    res.json({ review: await reviews.setHidden(input(req, One).params.id, false) });
  });

  return r;
}

export const reviewsPaths: ZodOpenApiPathsObject = {
  "/api/products/{id}/reviews": {
    get: {
      tags: ["reviews"],
      summary: "A public product's visible reviews, newest first (authors by given name only)",
      requestParams: { path: ProductId, query: ReviewListQuery },
      responses: { "200": json(ReviewList, "A page of reviews"), ...errors(400, 404) },
    },
    post: {
      tags: ["reviews"],
      summary: "Review a product you have received (a delivered or completed order); once per product",
      ...bearer,
      requestParams: { path: ProductId },
      requestBody: { content: { "application/json": { schema: CreateReviewRequest } } },
      responses: { "201": json(ReviewResponse, "Created"), ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/reviews/{id}/photo": {
    post: {
      tags: ["reviews"],
      summary: "Attach a photo to your review (JPEG, PNG or WebP, ≤ 8 MB); a second upload replaces it",
      ...bearer,
      requestParams: { path: ReviewId },
      requestBody: imageUpload,
      responses: {
        "201": json(ReviewResponse, "Stored"),
        ...errors(400, 401, 404, 413),
        "415": json(z.object({}), "Not an image"),
        "422": json(z.object({}), "Too many pixels or unreadable"),
      },
    },
  },
  "/api/seller/reviews": {
    get: {
      tags: ["seller"],
      summary: "Reviews of my products, newest first (hidden ones flagged; reply null until I answer)",
      ...bearer,
      requestParams: { query: ReviewListQuery },
      responses: { "200": json(ReviewList, "A page of reviews"), ...errors(400, 401, 403) },
    },
  },
  "/api/seller/reviews/{id}/reply": {
    post: {
      tags: ["seller"],
      summary: "Reply once, publicly, to a review of one of my products",
      ...bearer,
      requestParams: { path: ReviewId },
      requestBody: { content: { "application/json": { schema: ReplyRequest } } },
      responses: { "200": json(ReviewResponse, "Replied"), ...errors(400, 401, 403, 404, 409) },
    },
  },
  "/api/admin/reviews/{id}/hide": {
    post: {
      tags: ["admin"],
      summary: "Hide a review: it leaves the public list and the product's rating",
      ...bearer,
      requestParams: { path: ReviewId },
      responses: { "200": json(ReviewResponse, "Hidden"), ...errors(401, 403, 404) },
    },
  },
  "/api/admin/reviews/{id}/unhide": {
    post: {
      tags: ["admin"],
      summary: "Show a hidden review again (it counts in the rating again)",
      ...bearer,
      requestParams: { path: ReviewId },
      responses: { "200": json(ReviewResponse, "Visible again"), ...errors(401, 403, 404) },
    },
  },
};
