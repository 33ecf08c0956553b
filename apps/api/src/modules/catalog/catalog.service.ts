import type { DataSource } from "typeorm";
import type {
  CategoryNode,
  ProductCard,
  ProductDetail,
  ProductList,
  ProductListQuery,
  PublicStall,
  StallListQuery,
  StallSummary,
} from "@chophien/contracts";
import { foldVietnamese, type ProductOcop, provinceBySlug } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import { TtlCache } from "../../lib/cache";
import { presentImage } from "../../lib/images/present";
import { Stall } from "../stalls/stall.entity";
import { presentPublicStall, presentStallSummary } from "../stalls/stalls.presenter";
import type { ImageRef } from "../../lib/images/image-processor";
import {
  buildCatalogQuery,
  buildListingTotal,
  CARD_JSON,
  MAX_LISTING_DEPTH,
  choosePageStrategy,
  type PageStrategy,
  type CatalogRow,
  cardJson,
  onSale,
  PUBLIC_PRODUCT,
  publicProduct,
  type SearchMode,
} from "./catalog-query";
import { renderDescription } from "./markdown";
import { type CardRow, presentCategoryRef, presentProductCard } from "./products.presenter";

const RELATED_LIMIT = 8;
const STALL_PAGE_PRODUCTS = 24;

/** The row of a product page's statement. */
interface ProductPageRow {
  card: CardRow;
  description: string | null;
  stock: number;
  weight_grams: number | null;
  ocop_stars: number | null;
  ocop: ProductOcop | null;
  created_at: Date;
  category_id: string;
  category_slug: string;
  category_name: string;
  category_name_en: string;
  stall_id: string;
  stall_slug: string;
  stall_name: string;
  stall_province: string;
  stall_logo: ImageRef | null;
  stall_story: string;
  /** Active products of the stall (it is approved, or the product would not be public). */
  stall_products: number;
  images: (ImageRef & { id: string })[];
  related: CardRow[];
}

/** How long anonymous catalog reads may be served from memory. */
export interface CatalogCacheOptions {
  /** ms a category tree, product list or product page is reused; 0 (the default) reads the database every time. */
  ttlMs?: number;
  /** Product lists (one per distinct query) kept at most. */
  maxLists?: number;
  /** Product pages kept at most. */
  maxProducts?: number;
}

/**
 * The cache key of a listing: every parameter that changes the answer, the query folded as the SQL uses it,
 * so "Cà Phê" and "ca phe" share an entry.
 */
export const listCacheKey = (f: ProductListQuery) =>
  JSON.stringify([
    f.q ? foldVietnamese(f.q) : "",
    f.category ?? "",
    f.stall ?? "",
    f.province ?? "",
    f.ocopMin ?? 0,
    f.minPrice ?? null,
    f.maxPrice ?? null,
    Boolean(f.inStock),
    f.sort ?? "",
    f.page,
    f.limit,
  ]);

/**
 * What shoppers browse: categories, products (search, filters, facets), product pages and stalls. Public only.
 * Categories, lists and product pages may come from a short in-process cache (see CatalogCacheOptions): they
 * are then up to `ttlMs` stale — a suspended stall, an edit or a sale shows that much later.
 */
export class CatalogService {
  private readonly categoryCache: TtlCache<CategoryNode[]>;
  private readonly listCache: TtlCache<ProductList>;
  private readonly productCache: TtlCache<ProductDetail>;

  /** ms answers may be served from memory (0: never); routes send it as `Cache-Control: max-age`. */
  readonly cacheTtlMs: number;

  constructor(
    private readonly ds: DataSource,
    cache: CatalogCacheOptions = {},
  ) {
    this.cacheTtlMs = cache.ttlMs ?? 0;
    const ttlMs = this.cacheTtlMs;
    this.categoryCache = new TtlCache({ ttlMs, max: 1 });
    this.listCache = new TtlCache({ ttlMs, max: cache.maxLists ?? 300 });
    this.productCache = new TtlCache({ ttlMs, max: cache.maxProducts ?? 1000 });
  }

  /**
   * The category tree with public product counts (a group counts its children's products), from the maintained
   * counts (migration CatalogCounts): the cost does not grow with the catalogue.
   */
  async categories(): Promise<CategoryNode[]> {
    await this.beforeRead();
    return this.categoryCache.get("", () => this.loadCategories());
  }

  /** Runs before each read (the OCOP expiry sweep: once per process and day, so no star outlives its certificate). */
  private beforeRead: () => Promise<void> = async () => {};
  setBeforeRead(fn: () => Promise<void>): void {
    this.beforeRead = fn;
  }

  /**
   * GET /api/products: one SQL statement for cards, total and facets — two when a query matches nothing word
   * for word, the second finding names close to it (typos), or when facet filters are set, the first reading only
   * the maintained counts to pick how to find the page (see PageStrategy).
   */
  async list(f: ProductListQuery): Promise<ProductList> {
    await this.beforeRead();
    return this.listCache.get(listCacheKey(f), () => this.loadList(f));
  }

  /** A public product page with its images, stall and related products, in one SQL statement; 404 when not public. */
  async product(slug: string): Promise<ProductDetail> {
    await this.beforeRead();
    return this.productCache.get(slug, () => this.loadProduct(slug));
  }

  /** Drops every cached answer of this process, for a change that must show at once (an admin hiding a product). */
  forget(): void {
    this.categoryCache.clear();
    this.listCache.clear();
    this.productCache.clear();
  }

  private async loadCategories(): Promise<CategoryNode[]> {
    const rows: { id: string; parent_id: string | null; slug: string; name: string; name_en: string; n: number }[] =
      await this.ds.query(
        `SELECT c.id, c.parent_id, c.slug, c.name, c.name_en, coalesce(n.n, 0)::int AS n
           FROM category c
           LEFT JOIN (SELECT category_id, sum(n) AS n FROM catalog_count GROUP BY 1) n
             ON n.category_id = c.id
          ORDER BY c.position, c.name`,
      );
    const node = (r: (typeof rows)[number]): CategoryNode => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      nameEn: r.name_en,
      productCount: r.n,
      children: [],
    });
    const byId = new Map(rows.map((r) => [r.id, node(r)]));
    const roots: CategoryNode[] = [];
    for (const r of rows) {
      const n = byId.get(r.id)!;
      const parent = r.parent_id ? byId.get(r.parent_id) : undefined;
      if (parent) parent.children.push(n);
      else roots.push(n);
    }
    for (const root of roots) root.productCount += root.children.reduce((sum, c) => sum + c.productCount, 0);
    return roots;
  }

  private async loadList(f: ProductListQuery): Promise<ProductList> {
    if (f.page * f.limit > MAX_LISTING_DEPTH)
      throw AppError.badRequest(`Pages reach ${MAX_LISTING_DEPTH} products deep at most: narrow the search or the filters`, [
        { path: "query.page", message: `page × limit may be at most ${MAX_LISTING_DEPTH}` },
      ]);
    let row = await this.listRow(f, "text");
    if (f.q && !row.matched) row = await this.listRow(f, "typo");
    return {
      items: row.items.map(presentProductCard),
      total: row.total,
      page: f.page,
      limit: f.limit,
      facets: {
        categories: row.categories,
        provinces: row.provinces.map((p) => ({ ...p, label: provinceBySlug(p.value)?.name ?? p.value })),
        ocopStars: row.ocop.map((o) => ({ ...o, label: `${o.value}★` })),
      },
    };
  }

  private async listRow(f: ProductListQuery, mode: SearchMode): Promise<CatalogRow> {
    const { sql, params } = buildCatalogQuery(f, mode, await this.pageStrategy(f));
    const [row] = await this.ds.query<[CatalogRow]>(sql, params);
    return row;
  }

  /** How to find a listing's page (see PageStrategy), from its total when the maintained counts know it. */
  private async pageStrategy(f: ProductListQuery): Promise<PageStrategy> {
    // Without facet filters most products pass: walking the sort order's index is right, no need to ask.
    const filtered = f.category || f.province || f.ocopMin || f.minPrice !== undefined || f.maxPrice !== undefined;
    const counted = f.q || !filtered ? undefined : buildListingTotal(f);
    if (!counted) return choosePageStrategy(f, undefined);
    const [{ total }] = await this.ds.query<[{ total: number }]>(counted.sql, counted.params);
    return choosePageStrategy(f, total);
  }

  private async loadProduct(slug: string): Promise<ProductDetail> {
    const [row] = await this.ds.query<[ProductPageRow?]>(
      `SELECT ${CARD_JSON} AS card, p.description, p.stock, p.weight_grams, p.ocop_stars,
              CASE WHEN p.ocop_stars IS NOT NULL THEN (SELECT json_build_object('stars', oc.stars,
                'validUntil', to_char(oc.valid_until, 'YYYY-MM-DD'), 'decisionDate', to_char(oc.decision_date, 'YYYY-MM-DD'),
                'issuingAuthority', oc.issuing_authority, 'issuingLevel', oc.issuing_level, 'decisionNo', oc.decision_no,
                'documentUrl', CASE WHEN oc.document_key IS NOT NULL THEN '/api/ocop-certificates/' || oc.id || '/document' END)
                FROM ocop_certificate oc WHERE oc.id = p.ocop_certificate_id) END AS ocop,
              p.created_at, c.id AS category_id, c.slug AS category_slug, c.name AS category_name, c.name_en AS category_name_en,
              s.id AS stall_id, s.slug AS stall_slug, s.name AS stall_name, s.province AS stall_province, s.logo AS stall_logo,
              s.story AS stall_story,
              (SELECT count(*)::int FROM product sp WHERE sp.stall_id = s.id AND ${onSale("sp")}) AS stall_products,
              (SELECT coalesce(json_agg(json_build_object('id', i.id, 'hash', i.hash, 'width', i.width, 'height', i.height,
                                                          'widths', i.widths) ORDER BY i.position), '[]'::json)
                 FROM product_image i WHERE i.product_id = p.id) AS images,
              (SELECT coalesce(json_agg(${cardJson("rp", "rs")} ORDER BY r.ord), '[]'::json)
                 FROM (SELECT x.id, row_number() OVER (ORDER BY x.rating_avg DESC, x.created_at DESC, x.id) AS ord
                         FROM product x WHERE x.category_id = p.category_id AND x.id <> p.id AND ${publicProduct("x")}
                        ORDER BY x.rating_avg DESC, x.created_at DESC, x.id LIMIT ${RELATED_LIMIT}) r
                 JOIN product rp ON rp.id = r.id JOIN stall rs ON rs.id = rp.stall_id) AS related
         FROM product p JOIN stall s ON s.id = p.stall_id JOIN category c ON c.id = p.category_id
        WHERE p.slug = $1 AND ${PUBLIC_PRODUCT}`,
      [slug],
    );
    if (!row) throw AppError.notFound("Product");
    const stall = this.ds.getRepository(Stall).create({
      id: row.stall_id,
      slug: row.stall_slug,
      name: row.stall_name,
      province: row.stall_province,
      logo: row.stall_logo,
    });
    return {
      ...presentProductCard(row.card),
      description: row.description,
      descriptionHtml: renderDescription(row.description),
      stock: row.stock,
      weightGrams: row.weight_grams,
      category: presentCategoryRef({
        id: row.category_id,
        slug: row.category_slug,
        name: row.category_name,
        nameEn: row.category_name_en,
      }),
      ocop: row.ocop ?? null,
      images: row.images.map(presentImage),
      stallInfo: { ...presentStallSummary(stall, row.stall_products), story: row.stall_story },
      related: row.related.map(presentProductCard),
      createdAt: row.created_at.toISOString(),
    };
  }

  /** GET /api/stalls: approved stalls, searchable by name (diacritics optional) and province. */
  async stalls(f: StallListQuery): Promise<{ items: StallSummary[]; total: number }> {
    const qb = this.ds.getRepository(Stall).createQueryBuilder("s").where("s.status = 'approved'");
    if (f.province) qb.andWhere("s.province = :province", { province: f.province });
    if (f.q)
      qb.andWhere("(s.search_name LIKE :like OR :q <% s.search_name)", {
        like: `%${foldVietnamese(f.q).replace(/[%_\\]/g, "\\$&")}%`,
        q: foldVietnamese(f.q),
      });
    const [stalls, total] = await qb
      .orderBy("s.approved_at", "DESC")
      .addOrderBy("s.id", "ASC")
      .skip((f.page - 1) * f.limit)
      .take(f.limit)
      .getManyAndCount();
    const counts = await this.publicProductCounts(stalls.map((s) => s.id));
    return { items: stalls.map((s) => presentStallSummary(s, counts.get(s.id) ?? 0)), total };
  }

  /** A stall's public page with its newest products; 404 unless approved. */
  async stall(slug: string): Promise<PublicStall & { products: ProductCard[] }> {
    const stall = await this.ds.getRepository(Stall).findOne({ where: { slug, status: "approved" } });
    if (!stall) throw AppError.notFound("Stall");
    const [count, products] = await Promise.all([
      this.publicProductCount(stall.id),
      this.cards(`p.stall_id = $1`, [stall.id], STALL_PAGE_PRODUCTS, "p.created_at DESC"),
    ]);
    return { ...presentPublicStall(stall, count), products };
  }

  private async cards(where: string, params: unknown[], limit: number, order = "p.created_at DESC"): Promise<ProductCard[]> {
    const rows: { card: CardRow }[] = await this.ds.query(
      `SELECT ${CARD_JSON} AS card FROM product p JOIN stall s ON s.id = p.stall_id
        WHERE ${PUBLIC_PRODUCT} AND ${where} ORDER BY ${order}, p.id LIMIT ${Number(limit)}`,
      params,
    );
    return rows.map((r) => presentProductCard(r.card));
  }

  private async publicProductCount(stallId: string): Promise<number> {
    return (await this.publicProductCounts([stallId])).get(stallId) ?? 0;
  }

  /** Products on sale per stall (the cards' count). */
  async publicProductCounts(stallIds: string[]): Promise<Map<string, number>> {
    if (!stallIds.length) return new Map();
    const rows: { stall_id: string; n: number }[] = await this.ds.query(
      `SELECT stall_id, count(*)::int AS n FROM product WHERE stall_id = ANY($1) AND ${onSale("product")} GROUP BY stall_id`,
      [stallIds],
    );
    return new Map(rows.map((r) => [r.stall_id, r.n]));
  }
}
