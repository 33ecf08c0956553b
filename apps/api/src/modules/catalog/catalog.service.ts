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
import { foldVietnamese, provinceBySlug } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import { presentImage } from "../../lib/images/present";
import { Stall } from "../stalls/stall.entity";
import { presentPublicStall, presentStallSummary } from "../stalls/stalls.presenter";
import { buildCatalogQuery, CARD_JSON, PUBLIC_PRODUCT } from "./catalog-query";
import { renderDescription } from "./markdown";
import { ProductImage } from "./product-image.entity";
import { Product } from "./product.entity";
import { type CardRow, presentCategoryRef, presentOcop, presentProductCard } from "./products.presenter";

const RELATED_LIMIT = 8;
const STALL_PAGE_PRODUCTS = 24;

/** What shoppers browse: categories, products (search, filters, facets), product pages and stalls. Public only. */
export class CatalogService {
  constructor(private readonly ds: DataSource) {}

  /** The category tree with public product counts (a group counts its children's products). */
  async categories(): Promise<CategoryNode[]> {
    const rows: { id: string; parent_id: string | null; slug: string; name: string; name_en: string; n: number }[] =
      await this.ds.query(
        `SELECT c.id, c.parent_id, c.slug, c.name, c.name_en,
              (SELECT count(*)::int FROM product p JOIN stall s ON s.id = p.stall_id WHERE p.category_id = c.id AND ${PUBLIC_PRODUCT}) AS n
         FROM category c ORDER BY c.position, c.name`,
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

  /** GET /api/products: one SQL statement for cards, total and facets. */
  async list(f: ProductListQuery): Promise<ProductList> {
    const { sql, params } = buildCatalogQuery(f);
    const [row] = await this.ds.query<
      [
        {
          total: number;
          items: CardRow[];
          categories: { value: string; label: string; count: number }[];
          provinces: { value: string; count: number }[];
          ocop: { value: string; count: number }[];
        },
      ]
    >(sql, params);
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

  /** A public product page with its images, stall and related products; 404 when not public. */
  async product(slug: string): Promise<ProductDetail> {
    const product = await this.ds
      .getRepository(Product)
      .createQueryBuilder("p")
      .innerJoinAndSelect("p.stall", "s")
      .innerJoinAndSelect("p.category", "c")
      .where("p.slug = :slug", { slug })
      .andWhere(PUBLIC_PRODUCT)
      .getOne();
    if (!product?.stall || !product.category) throw AppError.notFound("Product");
    const [images, cards, related, stallCount] = await Promise.all([
      this.ds.getRepository(ProductImage).find({ where: { productId: product.id }, order: { position: "ASC" } }),
      this.cards(`p.id = $1`, [product.id], 1),
      this.cards(
        `p.category_id = $1 AND p.id <> $2`,
        [product.categoryId, product.id],
        RELATED_LIMIT,
        "p.rating_avg DESC, p.created_at DESC",
      ),
      this.publicProductCount(product.stallId),
    ]);
    const stall = product.stall;
    return {
      ...cards[0]!,
      description: product.description,
      descriptionHtml: renderDescription(product.description),
      stock: product.stock,
      weightGrams: product.weightGrams,
      category: presentCategoryRef(product.category),
      ocop: presentOcop(product),
      images: images.map(presentImage),
      stallInfo: { ...presentStallSummary(stall, stallCount), story: stall.story },
      related,
      createdAt: product.createdAt.toISOString(),
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

  private async publicProductCounts(stallIds: string[]): Promise<Map<string, number>> {
    if (!stallIds.length) return new Map();
    const rows: { stall_id: string; n: number }[] = await this.ds.query(
      `SELECT stall_id, count(*)::int AS n FROM product WHERE stall_id = ANY($1) AND status = 'active' GROUP BY stall_id`,
      [stallIds],
    );
    return new Map(rows.map((r) => [r.stall_id, r.n]));
  }
}
