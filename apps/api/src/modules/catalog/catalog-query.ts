import type { ProductListQuery } from "@chophien/contracts";
import { foldVietnamese, STALL_STATUSES } from "@chophien/contracts";
import type { CardRow } from "./products.presenter";

/**
 * A product is on sale (by itself) when its seller made it active and no admin has hidden it. This is also the
 * predicate of the catalog's partial indexes, so queries must use this text to read them.
 */
export const onSale = (alias = "p") => `${alias}.status = 'active' AND ${alias}.hidden_at IS NULL`;

/** A product is public when it is on sale and its stall is approved (suspended stalls vanish, nothing is deleted). */
export const PUBLIC_PRODUCT = `${onSale("p")} AND s.status = 'approved'`;

const UNAPPROVED = STALL_STATUSES.filter((s) => s !== "approved")
  .map((s) => `'${s}'`)
  .join(", ");

/**
 * PUBLIC_PRODUCT without joining `stall`: a product on sale whose stall is not one of the few unapproved ones.
 * An anti-join, so the planner picks per plan: a primary-key probe per product when it walks a page of 24 (the
 * cost stays the same however many stalls wait for approval), a hashed set of the unapproved stalls (the status
 * index) when it counts or ranks thousands. `NOT IN` could only build the set, on every request.
 */
export const publicProduct = (alias = "p") =>
  `${onSale(alias)} AND NOT EXISTS (SELECT 1 FROM stall hidden WHERE hidden.id = ${alias}.stall_id AND hidden.status IN (${UNAPPROVED}))`;

/** SQL building a product card as JSON (see CardRow) from product alias `p` and stall alias `s`. */
export const cardJson = (p = "p", s = "s") => `json_build_object(
  'id', ${p}.id, 'slug', ${p}.slug, 'name', ${p}.name, 'price', ${p}.price, 'compareAtPrice', ${p}.compare_at_price,
  'unit', ${p}.unit, 'stock', ${p}.stock, 'ocopStars', ${p}.ocop_stars, 'province', ${p}.province,
  'stallSlug', ${s}.slug, 'stallName', ${s}.name, 'ratingAvg', ${p}.rating_avg, 'ratingCount', ${p}.rating_count,
  'soldCount', ${p}.sold_count,
  'thumb', (SELECT json_build_object('hash', i.hash, 'width', i.width, 'height', i.height, 'widths', i.widths)
              FROM product_image i WHERE i.product_id = ${p}.id ORDER BY i.position LIMIT 1))`;

/** SQL fragment building a product card as JSON (see CardRow); needs `p` (product) and `s` (stall). */
export const CARD_JSON = cardJson();

/**
 * A product matches folded query `param` when every word is in its search vector (full-text), or the query is
 * close to its name (trigram word similarity: typos). For short lists (a seller's own products); the public
 * catalog runs the two separately, typos only when nothing matched (see buildCatalogQuery).
 */
export const productMatches = (param: string, alias = "p") =>
  `(${alias}.search_vector @@ plainto_tsquery('simple', ${param}) OR ${param} <% ${alias}.search_name)`;

/**
 * How a query finds products. `text`: every word, from the stored vector (GIN index), ranked by ts_rank (name
 * words weigh more). `typo`: the query is close to the name (trigram word similarity, GIN trigram index) — the
 * fallback when `text` finds nothing, since a short query makes the trigram index recheck thousands of rows.
 */
export type SearchMode = "text" | "typo";
const SEARCH: Record<SearchMode, { match: string; rank: string }> = {
  text: {
    match: `p.search_vector @@ plainto_tsquery('simple', $q)`,
    rank: `ts_rank(p.search_vector, plainto_tsquery('simple', $q))`,
  },
  typo: { match: `$q <% p.search_name`, rank: `word_similarity($q, p.search_name)` },
};

type Sort = NonNullable<ProductListQuery["sort"]>;
/** Sort keys, as columns of `product` (listing) or of the `base` CTE (search) alike; `id` keeps pages stable. */
const ORDER: Record<Sort, string> = {
  relevance: `exact DESC, rank DESC, created_at DESC, id`,
  newest: `created_at DESC, id`,
  price_asc: `price ASC, id`,
  price_desc: `price DESC, id`,
  rating: `rating_avg DESC, rating_count DESC, id`,
};
/** The columns each order reads: a listing selects only these, so IDX_product_public_facets can answer alone. */
const ORDER_COLUMNS: Record<Sort, string> = {
  relevance: `p.created_at`,
  newest: `p.created_at`,
  price_asc: `p.price`,
  price_desc: `p.price`,
  rating: `p.rating_avg, p.rating_count`,
};

/**
 * Where the price bands of `catalog_count`'s sibling `catalog_price_count` start (migration CatalogCounts, SQL
 * `catalog_price_band`): band k holds prices from the k-th edge on (band 0: below the first). T and T + 1 are
 * both edges, so `price >= T` and `price <= T` (the storefront's price chips) are whole bands.
 */
export const PRICE_BAND_EDGES = [
  50_000, 50_001, 100_000, 100_001, 200_000, 200_001, 300_000, 300_001, 500_000, 500_001, 1_000_000, 1_000_001,
];
const bandOf = (price: number) => PRICE_BAND_EDGES.filter((e) => e <= price).length;
const isEdge = (price: number) => PRICE_BAND_EDGES.includes(price);

/**
 * The facet counts' rows (category_id, province, ocop_stars, n) from the maintained count tables, when they can
 * answer exactly: no query, no stall, and prices (if any) on band edges. Their size depends on how many
 * categories × provinces × OCOP levels there are, not on how many products: the same at 600 as at 60,000.
 */
function maintainedCounts(f: ProductListQuery, bind: (name: string, value: unknown) => string): string | undefined {
  if (f.q || f.stall) return undefined;
  const min = f.minPrice !== undefined && f.minPrice > 1 ? f.minPrice : undefined;
  const max = f.maxPrice;
  if ((min !== undefined && !isEdge(min)) || (max !== undefined && !isEdge(max + 1))) return undefined;
  const where = [`n > 0`];
  if (f.inStock) where.push(`in_stock`);
  if (min !== undefined) where.push(`price_band >= ${bind("minBand", bandOf(min))}`);
  if (max !== undefined) where.push(`price_band < ${bind("maxBand", bandOf(max + 1))}`);
  const table = min !== undefined || max !== undefined ? "catalog_price_count" : "catalog_count";
  return `SELECT category_id, province, nullif(ocop_stars, 0) AS ocop_stars, n FROM ${table} WHERE ${where.join(" AND ")}`;
}

/**
 * A query's candidates: at most this many matches (through the search index) are ranked, sorted and counted.
 * Up to this many matches every total and facet is exact; beyond, they count the candidates (a lower bound), so a
 * common word costs the same in a market of 600 products as in one of 60,000.
 */
export const SEARCH_CANDIDATES = 500;
/** A listing's pages reach at most this many products deep (page × limit); deeper pages are refused. */
export const MAX_LISTING_DEPTH = 2400;
/** A filtered listing of at most this many products (known from the counts) is sorted whole rather than walked. */
export const SMALL_LISTING = 2000;

/**
 * How the page of a listing without a query is found. `walk`: down the sort order's index, skipping rows the
 * filters refuse (cheap when most rows pass). `whole`: every match through IDX_product_public_facets, then a
 * top-N sort (bounded: used when the counts say there are at most SMALL_LISTING). `categories`: for each
 * category asked for, its first rows in sort order through the (category_id, sort) indexes, then merged — so a
 * big category sorted by price does not walk every cheaper product of the market first.
 */
export type PageStrategy = "walk" | "whole" | "categories";

/** Numbered parameters by name: the same name binds once. */
function binder() {
  const params: unknown[] = [];
  const named = new Map<string, string>();
  const bind = (name: string, value: unknown) => {
    if (!named.has(name)) {
      params.push(value);
      named.set(name, `$${params.length}`);
    }
    return named.get(name)!;
  };
  return { params, bind };
}

/**
 * The facet filters, on unqualified columns: they apply to product rows and to the counts' rows alike.
 * `categoryIds` selects the category asked for and its children ("" when none is).
 */
function facetFilters(f: ProductListQuery, bind: (name: string, value: unknown) => string) {
  const category = f.category ? bind("category", f.category) : undefined;
  const categoryIds = category
    ? `SELECT c.id FROM category c LEFT JOIN category pc ON pc.id = c.parent_id WHERE c.slug = ${category} OR pc.slug = ${category}`
    : "";
  return {
    categoryIds,
    mCat: category ? `category_id IN (${categoryIds})` : "true",
    mProv: f.province ? `province = ${bind("province", f.province)}` : "true",
    mOcop: f.ocopMin ? `ocop_stars >= ${bind("ocopMin", f.ocopMin)}` : "true",
  };
}

/**
 * A listing's total from the maintained counts alone, or undefined when they cannot answer (a query, a stall,
 * prices off the band edges). Reads no product, so the caller can afford it to pick a PageStrategy.
 */
export function buildListingTotal(f: ProductListQuery): { sql: string; params: unknown[] } | undefined {
  const { params, bind } = binder();
  const counts = maintainedCounts(f, bind);
  if (!counts) return undefined;
  const { mCat, mProv, mOcop } = facetFilters(f, bind);
  return { sql: `SELECT coalesce(sum(n), 0)::int AS total FROM (${counts}) c WHERE ${mCat} AND ${mProv} AND ${mOcop}`, params };
}

/** The page strategy for a listing whose total (from buildListingTotal) is `total`; undefined: unknown. */
export function choosePageStrategy(f: ProductListQuery, total: number | undefined): PageStrategy {
  if (total === undefined || f.q) return "walk";
  if (total <= SMALL_LISTING) return "whole";
  return f.category ? "categories" : "walk";
}

/** The one row buildCatalogQuery's SQL returns. */
export interface CatalogRow {
  total: number;
  /** Whether any product matched the query and the non-facet filters (else the caller may retry with typos). */
  matched: boolean;
  items: CardRow[];
  categories: { value: string; label: string; count: number }[];
  provinces: { value: string; count: number }[];
  ocop: { value: string; count: number }[];
}

/**
 * The whole public listing in ONE statement, whatever the page size: the page of cards, the total and the
 * facets. Facets come from one small aggregate — counts per (category, province, OCOP stars) over the products
 * passing every non-facet filter — so each facet counts over every other filter but its own (picking a category
 * still shows the other categories' counts) without scanning the products again. Without a query, that
 * aggregate comes from the maintained count tables when they can answer (see maintainedCounts), else reads
 * only IDX_product_public_facets, and the page walks an index in sort order; with a query, the matches are found
 * once (a materialised CTE) and both the aggregate and the page read them.
 */
export function buildCatalogQuery(
  f: ProductListQuery,
  mode: SearchMode = "text",
  strategy: PageStrategy = "walk",
): { sql: string; params: unknown[] } {
  const { params, bind } = binder();
  const q = f.q ? foldVietnamese(f.q) : "";
  const sql = (text: string) => text.replace(/\$q\b/g, () => bind("q", q));

  const where = [publicProduct("p")];
  if (q) where.push(sql(SEARCH[mode].match));
  if (f.stall) where.push(`p.stall_id = (SELECT st.id FROM stall st WHERE st.slug = ${bind("stall", f.stall)})`);
  if (f.minPrice !== undefined) where.push(`p.price >= ${bind("minPrice", f.minPrice)}`);
  if (f.maxPrice !== undefined) where.push(`p.price <= ${bind("maxPrice", f.maxPrice)}`);
  if (f.inStock) where.push(`p.stock > 0`);

  const { categoryIds, mCat, mProv, mOcop } = facetFilters(f, bind);
  const asked: Sort = f.sort ?? (q ? "relevance" : "newest");
  const sort: Sort = asked === "relevance" && !q ? "newest" : asked;
  const order = ORDER[sort];
  const limit = bind("limit", f.limit);
  const offset = bind("offset", (f.page - 1) * f.limit);
  const sortColumns = `p.id, ${ORDER_COLUMNS[sort]}`;
  const nonFacet = where.join(" AND ");
  const facet = `${mCat} AND ${mProv} AND ${mOcop}`;
  // Functions, so that only the strategy used binds its parameters.
  const listingPage: Record<PageStrategy, () => string> = {
    walk: () => `SELECT ${sortColumns} FROM product p WHERE ${nonFacet} AND ${facet}
     ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
    whole: () => `SELECT * FROM (SELECT ${sortColumns} FROM product p WHERE ${nonFacet} AND ${facet} OFFSET 0) every
     ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
    categories: () => `SELECT x.* FROM (${categoryIds}) cat CROSS JOIN LATERAL (
       SELECT ${sortColumns} FROM product p WHERE p.category_id = cat.id AND ${nonFacet} AND ${mProv} AND ${mOcop}
        ORDER BY ${order} LIMIT ${bind("depth", f.page * f.limit)}) x
     ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
  };

  // Both shapes define `counts` (category_id, province, ocop_stars, n) and `page` (id, ord). The page is cut
  // (LIMIT, a top-N sort or an index walk) before it is numbered, so only its own rows are sorted again.
  const ctes = q
    ? `base AS MATERIALIZED (
  SELECT p.id, p.category_id, p.province, p.ocop_stars, p.price, p.created_at, p.rating_avg, p.rating_count,
         p.search_name = $q AS exact, ${SEARCH[mode].rank} AS rank
    FROM product p
   WHERE ${nonFacet}
   LIMIT ${SEARCH_CANDIDATES}
),
counts AS (SELECT category_id, province, ocop_stars, count(*)::int AS n FROM base GROUP BY 1, 2, 3),
page AS (
  SELECT id, row_number() OVER (ORDER BY ${order}) AS ord FROM (
    SELECT * FROM base WHERE ${mCat} AND ${mProv} AND ${mOcop} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
  ) top
)`
    : `counts AS (
  ${
    maintainedCounts(f, bind) ??
    `SELECT p.category_id, p.province, p.ocop_stars, count(*)::int AS n FROM product p
   WHERE ${nonFacet} GROUP BY 1, 2, 3`
  }
),
page AS (
  SELECT id, row_number() OVER (ORDER BY ${order}) AS ord FROM (
    ${listingPage[categoryIds || strategy !== "categories" ? strategy : "walk"]()}
  ) top
)`;

  const text = `
WITH ${sql(ctes)}
SELECT
  (SELECT coalesce(sum(n), 0)::int FROM counts WHERE ${mCat} AND ${mProv} AND ${mOcop}) AS total,
  EXISTS (SELECT 1 FROM counts) AS matched,
  (SELECT coalesce(json_agg(${CARD_JSON} ORDER BY pg.ord), '[]'::json)
     FROM page pg JOIN product p ON p.id = pg.id JOIN stall s ON s.id = p.stall_id) AS items,
  (SELECT coalesce(json_agg(json_build_object('value', c.slug, 'label', c.name, 'count', f.n) ORDER BY f.n DESC, c.slug), '[]'::json)
     FROM (SELECT category_id, sum(n)::int AS n FROM counts WHERE ${mProv} AND ${mOcop} GROUP BY category_id) f
     JOIN category c ON c.id = f.category_id) AS categories,
  (SELECT coalesce(json_agg(json_build_object('value', province, 'count', n) ORDER BY n DESC, province), '[]'::json)
     FROM (SELECT province, sum(n)::int AS n FROM counts WHERE ${mCat} AND ${mOcop} GROUP BY province) f) AS provinces,
  (SELECT coalesce(json_agg(json_build_object('value', ocop_stars::text, 'count', n) ORDER BY ocop_stars DESC), '[]'::json)
     FROM (SELECT ocop_stars, sum(n)::int AS n FROM counts
            WHERE ${mCat} AND ${mProv} AND ocop_stars IS NOT NULL GROUP BY ocop_stars) f) AS ocop`;
  return { sql: text, params };
}
