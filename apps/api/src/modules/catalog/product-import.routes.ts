import { type RequestHandler, Router } from "express";
import multer from "multer";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { boolParam, ImportResult } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { actingStall, scope } from "../helpers/acting-stall";
import { importResult, parseImport, templateFile } from "./product-import";
import type { SellerProductsService } from "./products.service";
import type { DataSource } from "typeorm";

/** A spreadsheet of 500 rows is far below this; anything bigger is not a product list. */
const IMPORT_BYTES = 4 * 1024 * 1024;

/** One file from multipart field `file` into memory, with readable errors. */
function uploadSheet(): RequestHandler[] {
  const single = multer({ storage: multer.memoryStorage(), limits: { fileSize: IMPORT_BYTES, files: 1, fields: 5 } }).single(
    "file",
  );
  return [
    (req, _res, next) =>
      req.is("multipart/form-data")
        ? next()
        : next(new AppError("unsupported_media_type", "Send the file as multipart/form-data")),
    (req, res, next) =>
      single(req, res, (err?: unknown) => {
        if (!err) {
          req.body = {};
          return next();
        }
        if (err instanceof multer.MulterError && err.code === "LIMIT_FILE_SIZE")
          return next(new AppError("payload_too_large", "The file is larger than 4 MB"));
        if (err instanceof multer.MulterError && err.code === "LIMIT_UNEXPECTED_FILE")
          return next(AppError.badRequest('Attach the spreadsheet in the multipart field "file"'));
        next(err instanceof multer.MulterError ? err : AppError.badRequest("The multipart body is malformed"));
      }),
    (req, _res, next) =>
      req.file?.buffer.length ? next() : next(AppError.badRequest('Attach a CSV or XLSX file in the multipart field "file"')),
  ];
}

const ImportQuery = z.object({ dryRun: boolParam.optional() }).strict();
const TemplateQuery = z.object({ format: z.enum(["csv", "xlsx"]).default("xlsx") }).strict();

/**
 * /api/seller/products/import: up to 500 products from a CSV or XLSX file in one transaction (all or none), for the
 * owner or a helper with the `catalog` scope (each product audited); `?dryRun=true` only checks. And its template.
 */
export function productImportRoutes({ ds, products }: { ds: DataSource; products: SellerProductsService }): Router {
  const r = Router();
  const Import = { query: ImportQuery };
  r.post("/seller/products/import", scope("catalog"), validate(Import), ...uploadSheet(), async (req, res) => {
    const dryRun = input(req, Import).query.dryRun ?? false;
    const parsed = await parseImport(ds, req.file!.buffer);
    const bad = parsed.rows.filter((row) => row.errors.length);
    if (dryRun) return void res.json(importResult(parsed, true, 0));
    if (!parsed.rows.length)
      throw new AppError("validation_failed", "The file has no product rows", [{ path: "file", message: "No rows" }]);
    if (bad.length)
      throw new AppError(
        "validation_failed",
        `${bad.length} row${bad.length === 1 ? "" : "s"} cannot be imported (first: row ${bad[0]!.row}); nothing was created`,
        bad.slice(0, 100).flatMap((row) => row.errors.map((e) => ({ path: `rows.${row.row}.${e.field}`, message: e.message }))),
      );
    const ids = await products.createMany(
      actingStall(req),
      parsed.rows.map((row) => row.product!),
    );
    res.status(201).json(importResult(parsed, false, ids.length));
  });

  const Template = { query: TemplateQuery };
  r.get("/seller/products/import/template", scope("catalog"), validate(Template), async (req, res) => {
    const format = input(req, Template).query.format;
    const [first] = await ds.query<{ slug: string }[]>(`SELECT slug FROM category ORDER BY parent_id NULLS FIRST, slug LIMIT 1`);
    const file = await templateFile(format, first?.slug ?? "mat-ong");
    res
      .type(format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      .attachment(`mau-nhap-san-pham.${format}`)
      .send(file);
  });
  return r;
}

const tags = ["seller", "catalog"];
export const productImportPaths: ZodOpenApiPathsObject = {
  "/api/seller/products/import": {
    post: {
      tags,
      summary:
        "Import up to 500 products from a CSV (UTF-8, UTF-8 with BOM or Windows-1258) or XLSX file — all or none; dryRun=true only checks each row",
      ...bearer,
      requestParams: { query: ImportQuery },
      requestBody: {
        content: { "multipart/form-data": { schema: z.object({ file: z.string().meta({ format: "binary" }) }) } },
      },
      responses: {
        "200": json(ImportResult, "Dry run: each row's errors"),
        "201": json(ImportResult, "Created"),
        ...errors(400, 401, 403, 413),
        "415": json(z.object({}), "Not multipart, or not a CSV/XLSX file"),
        "422": json(z.object({}), "An unreadable XLSX"),
      },
    },
  },
  "/api/seller/products/import/template": {
    get: {
      tags,
      summary: "The import template (Vietnamese headers and an example row), XLSX or CSV",
      ...bearer,
      requestParams: { query: TemplateQuery },
      responses: {
        "200": {
          description: "The template",
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
              schema: z.string().meta({ format: "binary" }),
            },
            "text/csv": { schema: z.string() },
          },
        },
        ...errors(400, 401, 403),
      },
    },
  },
};
