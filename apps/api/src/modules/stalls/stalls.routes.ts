import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  CreateStallRequest,
  PublicStallResponse,
  StallList,
  StallListQuery,
  StallDraftFields,
  StallDraftResponse,
  StallResponse,
  UpdateStallRequest,
} from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { uploadImage, uploadedImage } from "../../http/upload";
import { input, validate } from "../../http/validate";
import type { CatalogService } from "../catalog/catalog.service";
import type { StallsService } from "./stalls.service";

const ImageKind = z.object({ kind: z.enum(["logo", "banner"]) });
const Slug = z.object({ slug: z.string().max(120) });

/** Applying for a stall, the owner's stall, and the public stall directory. */
export function stallsRoutes({
  stalls,
  catalog,
  guard,
}: {
  stalls: StallsService;
  catalog: CatalogService;
  guard: AuthGuard;
}): Router {
  const r = Router();

  const Apply = { body: CreateStallRequest };
  r.post("/stalls", guard(), validate(Apply), async (req, res) => {
    res.status(201).json({ stall: await stalls.apply(currentUser(req), input(req, Apply).body) } satisfies StallResponse);
  });

  const List = { query: StallListQuery };
  r.get("/stalls", validate(List), async (req, res) => {
    const q = input(req, List).query;
    res.json({ ...(await catalog.stalls(q)), page: q.page, limit: q.limit });
  });

  const One = { params: Slug };
  r.get("/stalls/:slug", validate(One), async (req, res) => {
    res.json({ stall: await catalog.stall(input(req, One).params.slug) } satisfies PublicStallResponse);
  });

  r.get("/me/stall-draft", guard(), async (req, res) => {
    res.set("Cache-Control", "no-store");
    res.json((await stalls.draft(currentUser(req))) satisfies StallDraftResponse);
  });
  const Draft = { body: StallDraftFields };
  r.put("/me/stall-draft", guard(), validate(Draft), async (req, res) => {
    res.json((await stalls.saveDraft(currentUser(req), input(req, Draft).body)) satisfies StallDraftResponse);
  });

  r.get("/me/stall", guard(), async (req, res) => {
    res.json({ stall: await stalls.own(currentUser(req)) } satisfies StallResponse);
  });

  const Update = { body: UpdateStallRequest };
  r.patch("/me/stall", guard(), validate(Update), async (req, res) => {
    res.json({ stall: await stalls.updateOwn(currentUser(req), input(req, Update).body) } satisfies StallResponse);
  });

  const Kind = { params: ImageKind };
  r.post("/me/stall/:kind", guard(), validate(Kind), ...uploadImage(), async (req, res) => {
    const stall = await stalls.setImage(currentUser(req), input(req, Kind).params.kind, uploadedImage(req));
    res.status(201).json({ stall } satisfies StallResponse);
  });
  r.delete("/me/stall/:kind", guard(), validate(Kind), async (req, res) => {
    res.json({ stall: await stalls.clearImage(currentUser(req), input(req, Kind).params.kind) } satisfies StallResponse);
  });

  return r;
}

const imageUpload = {
  content: { "multipart/form-data": { schema: z.object({ image: z.string().meta({ format: "binary" }) }) } },
};

export const stallsPaths: ZodOpenApiPathsObject = {
  "/api/stalls": {
    post: {
      tags: ["stalls"],
      summary: "Apply for a stall (status pending until an admin decides)",
      ...bearer,
      requestBody: { content: { "application/json": { schema: CreateStallRequest } } },
      responses: { "201": json(StallResponse, "Application received"), ...errors(400, 401, 409) },
    },
    get: {
      tags: ["stalls"],
      summary: "Approved stalls",
      requestParams: { query: StallListQuery },
      responses: { "200": json(StallList, "A page of stalls"), ...errors(400) },
    },
  },
  "/api/stalls/{slug}": {
    get: {
      tags: ["stalls"],
      summary: "A stall's public page with its newest products",
      requestParams: { path: Slug },
      responses: { "200": json(PublicStallResponse, "The stall"), ...errors(404) },
    },
  },
  "/api/me/stall-draft": {
    get: {
      tags: ["stalls"],
      summary: "My stall application being written (a new one starts from my account's phone)",
      ...bearer,
      responses: { "200": json(StallDraftResponse, "The draft"), ...errors(401) },
    },
    put: {
      tags: ["stalls"],
      summary: "Save my stall application draft (replaces it; removed when the application is sent)",
      ...bearer,
      requestBody: { content: { "application/json": { schema: StallDraftFields } } },
      responses: { "200": json(StallDraftResponse, "Saved"), ...errors(400, 401, 409) },
    },
  },
  "/api/me/stall": {
    get: {
      tags: ["stalls"],
      summary: "My stall, its status and the admins' decisions",
      ...bearer,
      responses: { "200": json(StallResponse, "My stall"), ...errors(401, 404) },
    },
    patch: {
      tags: ["stalls"],
      summary: "Edit my stall (a rejected application goes back to pending)",
      ...bearer,
      requestBody: { content: { "application/json": { schema: UpdateStallRequest } } },
      responses: { "200": json(StallResponse, "Updated"), ...errors(400, 401, 404) },
    },
  },
  "/api/me/stall/{kind}": {
    post: {
      tags: ["stalls"],
      summary: "Upload the stall's logo or banner (JPEG, PNG or WebP, ≤ 8 MB)",
      ...bearer,
      requestParams: { path: ImageKind },
      requestBody: imageUpload,
      responses: {
        "201": json(StallResponse, "Stored"),
        ...errors(400, 401, 404, 413),
        "415": json(z.object({}), "Not an image"),
        "422": json(z.object({}), "Too many pixels or unreadable"),
      },
    },
    delete: {
      tags: ["stalls"],
      summary: "Remove the logo or banner",
      ...bearer,
      requestParams: { path: ImageKind },
      responses: { "200": json(StallResponse, "Removed"), ...errors(401, 404) },
    },
  },
};

export { imageUpload };
