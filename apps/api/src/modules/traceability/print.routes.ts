import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { bearer, errors } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { actingStall, scope } from "../helpers/acting-stall";
import type { BatchesService } from "./batches.service";
import { MAX_LABELS, renderLabels, renderPoster } from "./print";
import type { TraceService } from "./trace.service";

const Slug = z.object({ slug: z.string().max(120) });
const PosterQuery = z.object({ lang: z.enum(["vi", "en"]).default("vi"), size: z.enum(["a4", "a5"]).default("a4") }).strict();
const BatchId = z.object({ id: z.uuid("Not a batch id") });

export interface PrintRoutesDeps {
  batches: BatchesService;
  trace: TraceService;
}

/** Printable PDFs: a stall's poster (public) and the labels of a seller's batch. */
export function printRoutes({ batches, trace }: PrintRoutesDeps): Router {
  const r = Router();

  const Poster = { params: Slug, query: PosterQuery };
  r.get("/stalls/:slug/poster.pdf", validate(Poster), async (req, res) => {
    const { params, query } = input(req, Poster);
    const pdf = await renderPoster(await trace.posterFacts(params.slug), query.lang, query.size);
    res.type("pdf").set("Content-Disposition", `inline; filename="poster-${params.slug}-${query.size}.pdf"`).send(pdf);
  });

  const Labels = { params: BatchId };
  r.get("/seller/batches/:id/labels.pdf", scope("catalog"), validate(Labels), async (req, res) => {
    const { facts, quantity } = await batches.labelFacts(actingStall(req).stall, input(req, Labels).params.id);
    res
      .type("pdf")
      .set("Content-Disposition", `inline; filename="labels-${facts.code}.pdf"`)
      .send(await renderLabels(facts, quantity));
  });

  return r;
}

const pdf = (description: string) => ({ description, content: { "application/pdf": {} } });
export const printPaths: ZodOpenApiPathsObject = {
  "/api/stalls/{slug}/poster.pdf": {
    get: {
      tags: ["stalls", "traceability"],
      summary: "A printable poster of an approved stall: name, producer, province, OCOP stars, QR, URL and manual code",
      requestParams: { path: Slug, query: PosterQuery },
      responses: { "200": pdf("The poster"), ...errors(400, 404) },
    },
  },
  "/api/seller/batches/{id}/labels.pdf": {
    get: {
      tags: ["seller", "traceability"],
      summary: `Sheets of 70 × 37 mm labels (3 × 8 per A4), one per package of the batch, at most ${MAX_LABELS}`,
      ...bearer,
      requestParams: { path: BatchId },
      responses: { "200": pdf("The labels"), ...errors(401, 403, 404) },
    },
  },
};
