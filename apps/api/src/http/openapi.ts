import path from "node:path";
import express, { Router } from "express";
import { createDocument, type oas31, type ZodOpenApiPathsObject } from "zod-openapi";
import { ACTING_FOR_STALL_HEADER } from "@chophien/contracts";

const DOCS_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chợ Phiên API</title><link rel="stylesheet" href="./assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="./assets/swagger-ui-bundle.js"></script><script src="./init.js"></script></body></html>`;
const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: "../openapi.json", dom_id: "#swagger-ui", deepLinking: true });`;

/** The OpenAPI 3.1 document, generated from the contract's zod schemas. */
export function buildOpenApiDocument(paths: ZodOpenApiPathsObject, version: string): oas31.OpenAPIObject {
  const doc = createDocument({
    openapi: "3.1.0",
    info: {
      title: "Chợ Phiên API",
      version,
      description: "Multi-vendor marketplace for youth startup and OCOP goods. Money is integer đồng; times are ISO 8601 (UTC).",
    },
    components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" } } },
    paths,
  });
  // Every seller operation can be made for another stall by someone acting under a grant.
  for (const [p, item] of Object.entries(doc.paths ?? {}))
    if (p === "/api/seller" || p.startsWith("/api/seller/"))
      for (const method of ["get", "post", "put", "patch", "delete"] as const) {
        const op = item[method];
        if (op) op.parameters = [...(op.parameters ?? []), ACTING_PARAMETER];
      }
  return doc;
}

const ACTING_PARAMETER: oas31.ParameterObject = {
  name: ACTING_FOR_STALL_HEADER,
  in: "header",
  required: false,
  description:
    "Act for this stall (its id): its owner, or a helper whose active grant has the route's scope; else 403 acting_not_allowed with a reason",
  schema: { type: "string", format: "uuid" },
};

/** GET /api/openapi.json and the browsable /api/docs (Swagger UI served from the package, nothing from a CDN). */
export function openApiRoutes(paths: ZodOpenApiPathsObject, version: string): Router {
  const r = Router();
  const doc = buildOpenApiDocument(paths, version);
  r.get("/openapi.json", (_req, res) => void res.json(doc));
  r.get("/docs", (req, res) => {
    if (!req.originalUrl.split("?")[0]!.endsWith("/")) return res.redirect(301, "/api/docs/");
    res.type("html").send(DOCS_HTML);
  });
  r.get("/docs/init.js", (_req, res) => void res.type("js").send(DOCS_INIT));
  const assets = path.dirname(require.resolve("swagger-ui-dist/package.json"));
  r.use("/docs/assets", express.static(assets, { maxAge: "1d", index: false }));
  return r;
}
