/**
 * `DATABASE_URL=postgres://… npx tsx apps/api/src/db/explain-catalog.cli.ts`: prints `EXPLAIN (ANALYZE, BUFFERS)`
 * of each shape of the public catalogue's statements (listing, filters, sorts, search, product page) as the
 * Markdown kept in docs/performance.md. Read-only; run it on a seeded database (`npm run seed -- --scale 100`).
 */
import type { ProductListQuery } from "@chophien/contracts";
import { loadConfig } from "../config";
import { buildCatalogQuery, buildListingTotal, choosePageStrategy } from "../modules/catalog/catalog-query";
import { createDataSource } from "./data-source";

const SHAPES: [string, Partial<ProductListQuery>][] = [
  ["listing, page 1 (newest)", {}],
  ["listing, a category (with its children), cheapest first", { category: "ca-phe", sort: "price_asc" }],
  ["listing, a province, OCOP 4★ and up, in stock", { province: "quang-tri", ocopMin: 4, inStock: true }],
  ["listing, a price chip (100.000–300.000 ₫), best rated", { minPrice: 100_000, maxPrice: 300_000, sort: "rating" }],
  ["listing, an odd price range (scans the range)", { minPrice: 123_000, maxPrice: 180_000 }],
  ["listing, a small province, dearest first (sorted whole)", { province: "ha-giang", sort: "price_desc" }],
  ["listing, page 40", { page: 40 }],
  ["search “ca phe”", { q: "ca phe" }],
  ["search “nuoc mam” in a province", { q: "nuoc mam", province: "quang-tri" }],
];

async function main() {
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error("Set DATABASE_URL to a seeded PostgreSQL database");
  const ds = await createDataSource({ url: config.databaseUrl, poolSize: 1 }).initialize();
  const [{ n }] = await ds.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM product`);
  console.log(`Measured on ${n.toLocaleString("en")} products.\n`);
  for (const [name, f] of SHAPES) {
    const query: ProductListQuery = { page: 1, limit: 24, ...f };
    const counted = query.q ? undefined : buildListingTotal(query);
    const total = counted ? (await ds.query<[{ total: number }]>(counted.sql, counted.params))[0].total : undefined;
    const strategy = choosePageStrategy(query, total);
    const { sql, params } = buildCatalogQuery(query, "text", strategy);
    await ds.query(sql, params); // warm
    const plan: { "QUERY PLAN": string }[] = await ds.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    const url = new URLSearchParams(Object.entries(f).map(([k, v]): [string, string] => [k, String(v)]));
    console.log(`### ${name}\n\n\`GET /api/products?${url.toString()}\` — page strategy \`${strategy}\`\n`);
    console.log("```\n" + plan.map((r) => r["QUERY PLAN"]).join("\n") + "\n```\n");
  }
  await ds.destroy();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
