import { Router, type Response } from "express";
import type { DataSource } from "typeorm";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { TraceCode, gtin14 } from "@chophien/contracts";
import { errors } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { AppError } from "../../http/errors";
import { PUBLIC_PRODUCT } from "../catalog/catalog-query";
import { publicPage, qrPng, qrSvg } from "./qr";

const Code = z.object({ code: TraceCode });
const Slug = z.object({ slug: z.string().max(120) });
const DigitalLink = z.object({
  gtin: z.string().regex(/^(\d{8}|\d{12,14})$/, "Not a GTIN"),
  lot: z.string().min(1).max(64),
});

export interface QrRoutesDeps {
  ds: DataSource;
  publicUrl: string;
}

/** Cached a day: a code's URL never changes. */
const sendPng = async (res: Response, url: string) =>
  void res
    .type("png")
    .set("Cache-Control", "public, max-age=86400")
    .send(await qrPng(url));

/** QR codes (PNG and SVG) for batches, stalls and products, under /api. */
export function qrRoutes({ ds, publicUrl }: QrRoutesDeps): Router {
  const r = Router();
  const batchCode = async (code: string) => {
    const [row] = await ds.query<{ code: string }[]>(`SELECT code FROM trace_batch WHERE code = $1`, [code]);
    if (!row) throw AppError.notFound("Batch");
    return publicPage.trace(publicUrl, row.code);
  };

  const One = { params: Code };
  r.get("/trace/:code/qr.png", validate(One), async (req, res) => sendPng(res, await batchCode(input(req, One).params.code)));
  r.get("/trace/:code/qr.svg", validate(One), async (req, res) => {
    const svg = await qrSvg(await batchCode(input(req, One).params.code));
    res.type("svg").set("Cache-Control", "public, max-age=86400").send(svg);
  });

  const BySlug = { params: Slug };
  r.get("/stalls/:slug/qr.png", validate(BySlug), async (req, res) => {
    const { slug } = input(req, BySlug).params;
    const rows = await ds.query<unknown[]>(`SELECT 1 FROM stall WHERE slug = $1 AND status = 'approved'`, [slug]);
    if (!rows.length) throw AppError.notFound("Stall");
    await sendPng(res, publicPage.stall(publicUrl, slug));
  });
  r.get("/products/:slug/qr.png", validate(BySlug), async (req, res) => {
    const { slug } = input(req, BySlug).params;
    const rows = await ds.query<unknown[]>(
      `SELECT 1 FROM product p JOIN stall s ON s.id = p.stall_id WHERE p.slug = $1 AND ${PUBLIC_PRODUCT}`,
      [slug],
    );
    if (!rows.length) throw AppError.notFound("Product");
    await sendPng(res, publicPage.product(publicUrl, slug));
  });
  return r;
}

/**
 * GS1 Digital Link, at the site's root: `/01/{gtin}/10/{lot}` (a GTIN of 8, 12, 13 or 14 digits, read as 14)
 * redirects to that batch's trace page. What a GS1-aware scanner or a printed Digital Link QR opens.
 */
export function digitalLinkRoutes({ ds, publicUrl }: QrRoutesDeps): Router {
  const r = Router();
  const Link = { params: DigitalLink };
  r.get("/01/:gtin/10/:lot", validate(Link), async (req, res) => {
    const { gtin, lot } = input(req, Link).params;
    const [row] = await ds.query<{ code: string }[]>(
      `SELECT b.code FROM trace_batch b JOIN product p ON p.id = b.product_id WHERE p.gtin = $1 AND b.lot = $2`,
      [gtin14(gtin), lot.normalize("NFC")],
    );
    if (!row) throw AppError.notFound("Batch");
    res.redirect(302, publicPage.trace(publicUrl, row.code));
  });
  return r;
}

const png = { description: "A PNG QR code (error correction Q, 4-module quiet zone)", content: { "image/png": {} } };
export const qrPaths: ZodOpenApiPathsObject = {
  "/api/trace/{code}/qr.png": {
    get: {
      tags: ["traceability"],
      summary: "QR code of the batch's trace page",
      requestParams: { path: Code },
      responses: { "200": png, ...errors(400, 404) },
    },
  },
  "/api/trace/{code}/qr.svg": {
    get: {
      tags: ["traceability"],
      summary: "The same QR code as SVG",
      requestParams: { path: Code },
      responses: { "200": { description: "An SVG QR code", content: { "image/svg+xml": {} } }, ...errors(400, 404) },
    },
  },
  "/api/stalls/{slug}/qr.png": {
    get: {
      tags: ["stalls"],
      summary: "QR code of an approved stall's page",
      requestParams: { path: Slug },
      responses: { "200": png, ...errors(404) },
    },
  },
  "/api/products/{slug}/qr.png": {
    get: {
      tags: ["catalog"],
      summary: "QR code of a public product's page",
      requestParams: { path: Slug },
      responses: { "200": png, ...errors(404) },
    },
  },
};
