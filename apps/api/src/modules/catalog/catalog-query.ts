import type { ProductListQuery } from "@chophien/contracts";
import { foldVietnamese } from "@chophien/contracts";

/** A product is public when it is active and its stall is approved (suspended stalls vanish, nothing is deleted). */
export const PUBLIC_PRODUCT = `p.status = 'active' AND s.status = 'approved'`;

/** SQL fragment building a product card as JSON (see CardRow); needs `p` (product) and `s` (stall). */
export const CARD_JSON = `json_build_object(
  'id', p.id, 'slug', p.slug, 'name', p.name, 'price', p.price, 'compareAtPrice', p.compare_at_price,
  'unit', p.unit, 'stock', p.stock, 'ocopStars', p.ocop_stars, 'province', p.province,
  'stallSlug', s.slug, 'stallName', s.name, 'ratingAvg', p.rating_avg, 'ratingCount', p.rating_count,
  'thumb', (SELECT json_build_object('hash', i.hash, 'width', i.width, 'height', i.height, 'widths', i.widths)
              FROM product_image i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1))`;

/**
 * A product matches folded query `param` when every word is in its search text (full-text), or the query is
 * close to its name (trigram word similarity: typos). Indexed by IDX_product_search_fts and _name_trgm.
 */
export const productMatches = (param: string, alias = "p") =>
  `(to_tsvector('simple', ${alias}.search_text) @@ plainto_tsquery('simple', ${param}) OR ${param} <% ${alias}.search_name)`;
const MATCHES_Q = productMatches("$q");
const RANK = `(ts_rank(to_tsvector('simple', p.search_text), plainto_tsquery('simple', $q)) + word_similarity($q, p.search_name))`;

const ORDER: Record<NonNullable<ProductListQuery["sort"]>, string> = {
  relevance: `(search_name = $q) DESC, rank DESC, created_at DESC, id`,
  newest: `created_at DESC, id`,
  price_asc: `price ASC, id`,
  price_desc: `price DESC, id`,
  rating: `rating_avg DESC, rating_count DESC, id`,
};

/**
 * The whole public listing in ONE statement, whatever the page size: the page of cards, the total and
 * the facets. Each facet counts over every other filter but its own, so picking a category still shows
 * the other categories' counts.
 */
export function buildCatalogQuery(f: ProductListQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const named = new Map<string, string>();
  const bind = (name: string, value: unknown) => {
    if (!named.has(name)) {
      params.push(value);
      named.set(name, `$${params.length}`);
    }
    return named.get(name)!;
  };
  const q = f.q ? foldVietnamese(f.q) : "";
  const sql = (text: string) => text.replace(/\$q\b/g, () => bind("q", q));

  const where = [PUBLIC_PRODUCT];
  if (q) where.push(sql(MATCHES_Q));
  if (f.stall) where.push(`s.slug = ${bind("stall", f.stall)}`);
  if (f.minPrice !== undefined) where.push(`p.price >= ${bind("minPrice", f.minPrice)}`);
  if (f.maxPrice !== undefined) where.push(`p.price <= ${bind("maxPrice", f.maxPrice)}`);
  if (f.inStock) where.push(`p.stock > 0`);

  const category = f.category ? bind("category", f.category) : undefined;
  const mCat = category
    ? `p.category_id IN (SELECT c.id FROM category c LEFT JOIN category pc ON pc.id = c.parent_id WHERE c.slug = ${category} OR pc.slug = ${category})`
    : "true";
  const mProv = f.province ? `p.province = ${bind("province", f.province)}` : "true";
  const mOcop = f.ocopMin ? `p.ocop_stars >= ${bind("ocopMin", f.ocopMin)}` : "true";
  const sort = f.sort ?? (q ? "relevance" : "newest");
  const orderBy = sql(ORDER[sort === "relevance" && !q ? "newest" : sort]);
  const limit = bind("limit", f.limit);
  const offset = bind("offset", (f.page - 1) * f.limit);

  const text = `
WITH base AS (
  SELECT p.id, p.category_id, p.province, p.ocop_stars, p.price, p.created_at, p.rating_avg, p.rating_count, p.search_name,
         ${q ? sql(RANK) : "0"} AS rank,
         (${mCat}) AS m_cat, (${mProv}) AS m_prov, (${mOcop}) AS m_ocop
    FROM product p JOIN stall s ON s.id = p.stall_id
   WHERE ${where.join(" AND ")}
),
hits AS (SELECT * FROM base WHERE m_cat AND m_prov AND m_ocop),
page AS (SELECT id, row_number() OVER (ORDER BY ${orderBy}) AS ord FROM hits ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset})
SELECT
  (SELECT count(*)::int FROM hits) AS total,
  (SELECT coalesce(json_agg(${CARD_JSON} ORDER BY pg.ord), '[]'::json)
     FROM page pg JOIN product p ON p.id = pg.id JOIN stall s ON s.id = p.stall_id) AS items,
  (SELECT coalesce(json_agg(json_build_object('value', c.slug, 'label', c.name, 'count', f.n) ORDER BY f.n DESC, c.slug), '[]'::json)
     FROM (SELECT category_id, count(*)::int AS n FROM base WHERE m_prov AND m_ocop GROUP BY category_id) f
     JOIN category c ON c.id = f.category_id) AS categories,
  (SELECT coalesce(json_agg(json_build_object('value', province, 'count', n) ORDER BY n DESC, province), '[]'::json)
     FROM (SELECT province, count(*)::int AS n FROM base WHERE m_cat AND m_ocop GROUP BY province) f) AS provinces,
  (SELECT coalesce(json_agg(json_build_object('value', ocop_stars::text, 'count', n) ORDER BY ocop_stars DESC), '[]'::json)
     FROM (SELECT ocop_stars, count(*)::int AS n FROM base WHERE m_cat AND m_prov AND ocop_stars IS NOT NULL GROUP BY ocop_stars) f) AS ocop`;
  return { sql: text, params };
}
