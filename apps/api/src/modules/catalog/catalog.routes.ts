import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { CategoryTree, ProductDetailResponse, ProductList, ProductListQuery } from "@chophien/contracts";
import { errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { CatalogService } from "./catalog.service";

const Slug = z.object({ slug: z.string().max(120) });

/** The public catalog: categories, product search and product pages. */
export function catalogRoutes({ catalog }: { catalog: CatalogService }): Router {
  const r = Router();

  r.get("/categories", async (_req, res) => {
    res.set("Cache-Control", "public, max-age=60");
    res.json({ items: await catalog.categories() } satisfies CategoryTree);
  });

  const List = { query: ProductListQuery };
  // Browsers and proxies may keep an answer as long as the server's own cache would.
  const cacheHeader = (res: { set(name: string, value: string): unknown }) => {
    if (catalog.cacheTtlMs) res.set("Cache-Control", `public, max-age=${Math.floor(catalog.cacheTtlMs / 1000)}`);
  };
  r.get("/products", validate(List), async (req, res) => {
    const body = await catalog.list(input(req, List).query);
    cacheHeader(res);
    res.json(body);
  });

  const One = { params: Slug };
  r.get("/products/:slug", validate(One), async (req, res) => {
    const product = await catalog.product(input(req, One).params.slug);
    cacheHeader(res);
    res.json({ product });
  });

  return r;
}

export const catalogPaths: ZodOpenApiPathsObject = {
  "/api/categories": {
    get: {
      tags: ["catalog"],
      summary: "The category tree with public product counts",
      responses: { "200": json(CategoryTree, "Categories") },
    },
  },
  "/api/products": {
    get: {
      tags: ["catalog"],
      summary: "Search and browse public products (accent-free search, filters, facets, sorting)",
      requestParams: { query: ProductListQuery },
      responses: { "200": json(ProductList, "A page of products with facets"), ...errors(400) },
    },
  },
  "/api/products/{slug}": {
    get: {
      tags: ["catalog"],
      summary: "A product page with images, stall and related products",
      requestParams: { path: Slug },
      responses: { "200": json(ProductDetailResponse, "The product"), ...errors(404) },
    },
  },
};
