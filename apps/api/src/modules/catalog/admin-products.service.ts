import type { DataSource, EntityManager } from "typeorm";
import type { AdminProduct, AdminProductQuery, AdminProductResponse } from "@chophien/contracts";
import { foldVietnamese } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import type { ImageRef } from "../../lib/images/image-processor";
import { presentImage } from "../../lib/images/present";
import { enqueueProductNotice } from "../notifications/outbox";
import type { User } from "../users/user.entity";
import type { CatalogService } from "./catalog.service";
import { announceCatalogChange } from "./catalog-changes";
import { onSale } from "./catalog-query";
import { ProductModeration, type ProductModerationAction } from "./product-moderation.entity";
import { Product } from "./product.entity";

interface AdminProductRow {
  id: string;
  slug: string;
  name: string;
  price: number;
  unit: string;
  stock: number;
  status: AdminProduct["status"];
  rating_avg: number;
  rating_count: number;
  created_at: Date;
  updated_at: Date;
  hidden_at: Date | null;
  hidden_reason: string | null;
  hidden_by_id: string | null;
  hidden_by_name: string | null;
  review_requested_at: Date | null;
  review_request_note: string | null;
  category: AdminProduct["category"];
  stall: AdminProduct["stall"];
  thumb: ImageRef | null;
  public: boolean;
  moderation_count: number;
}

const SELECT = `
  SELECT p.id, p.slug, p.name, p.price, p.unit, p.stock, p.status, p.rating_avg, p.rating_count, p.created_at, p.updated_at,
         p.hidden_at, p.hidden_reason, p.hidden_by_id, hb.full_name AS hidden_by_name, p.review_requested_at, p.review_request_note,
         json_build_object('id', c.id, 'slug', c.slug, 'name', c.name, 'nameEn', c.name_en) AS category,
         json_build_object('id', s.id, 'slug', s.slug, 'name', s.name, 'status', s.status) AS stall,
         (SELECT json_build_object('hash', i.hash, 'width', i.width, 'height', i.height, 'widths', i.widths)
            FROM product_image i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1) AS thumb,
         (${onSale("p")} AND s.status = 'approved') AS public,
         (SELECT count(*)::int FROM product_moderation pm WHERE pm.product_id = p.id) AS moderation_count
    FROM product p
    JOIN stall s ON s.id = p.stall_id
    JOIN category c ON c.id = p.category_id
    LEFT JOIN app_user hb ON hb.id = p.hidden_by_id`;

/** Requests for another look: oldest first (a queue); hidden products: latest first; else newest first. */
const order = (q: AdminProductQuery) =>
  q.reviewRequested ? "p.review_requested_at ASC" : q.hidden ? "p.hidden_at DESC" : "p.created_at DESC";

function present(r: AdminProductRow): AdminProduct {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    category: r.category,
    price: r.price,
    unit: r.unit,
    stock: r.stock,
    status: r.status,
    thumbnail: r.thumb ? presentImage(r.thumb) : null,
    stall: r.stall,
    public: r.public,
    hidden:
      r.hidden_at && r.hidden_reason
        ? {
            at: r.hidden_at.toISOString(),
            reason: r.hidden_reason,
            admin: { id: r.hidden_by_id!, fullName: r.hidden_by_name ?? "" },
            reviewRequest: r.review_requested_at
              ? { at: r.review_requested_at.toISOString(), note: r.review_request_note }
              : null,
          }
        : null,
    ratingAvg: Math.round(Number(r.rating_avg) * 10) / 10,
    ratingCount: r.rating_count,
    moderationCount: r.moderation_count,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/**
 * Product moderation: admins see every product of every stall and can hide one from the market with a reason
 * (and show it again). The seller's own status is left alone; every decision is recorded and mailed to the seller.
 */
export class AdminProductsService {
  constructor(
    private readonly ds: DataSource,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
  ) {}

  /** Newest first; `q` matches words of the name without accents, `hidden` splits hidden from the rest. */
  async list(q: AdminProductQuery): Promise<{ items: AdminProduct[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (v: unknown) => `$${params.push(v)}`;
    if (q.q) where.push(`p.search_name LIKE ${param(`%${foldVietnamese(q.q).replace(/[%_\\]/g, "\\$&")}%`)}`);
    if (q.stall) where.push(`p.stall_id = ${param(q.stall)}`);
    if (q.status) where.push(`p.status = ${param(q.status)}`);
    if (q.hidden !== undefined) where.push(q.hidden ? `p.hidden_at IS NOT NULL` : `p.hidden_at IS NULL`);
    if (q.reviewRequested !== undefined)
      where.push(q.reviewRequested ? `p.review_requested_at IS NOT NULL` : `p.review_requested_at IS NULL`);
    const filter = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const [{ total }] = await this.ds.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM product p ${filter}`,
      params,
    );
    const rows = await this.ds.query<AdminProductRow[]>(
      `${SELECT} ${filter} ORDER BY ${order(q)}, p.id
        LIMIT ${param(q.limit)} OFFSET ${param((q.page - 1) * q.limit)}`,
      params,
    );
    return { items: rows.map(present), total };
  }

  /** One product with its moderation history (oldest first), or 404. */
  async get(id: string, m: EntityManager = this.ds.manager): Promise<AdminProductResponse["product"]> {
    const [row] = await m.query<AdminProductRow[]>(`${SELECT} WHERE p.id = $1`, [id]);
    if (!row) throw AppError.notFound("Product");
    const history = await m.find(ProductModeration, {
      where: { productId: id },
      relations: { admin: true },
      order: { createdAt: "ASC", id: "ASC" },
    });
    return {
      ...present(row),
      moderation: history.map((h) => ({
        action: h.action,
        reason: h.reason,
        admin: { id: h.adminId, fullName: h.admin?.fullName ?? "" },
        at: h.createdAt.toISOString(),
      })),
    };
  }

  /** Hides a product (409 if it already is): off every public list and page, out of carts and checkout. */
  hide(admin: User, id: string, reason: string) {
    return this.decide(admin, id, "hide", reason);
  }

  /** Shows a hidden product again (409 if it is not hidden); it is public again if its own status allows. */
  unhide(admin: User, id: string) {
    return this.decide(admin, id, "unhide", null);
  }

  private async decide(admin: User, id: string, action: ProductModerationAction, reason: string | null) {
    const product = await this.ds.transaction(async (m) => {
      const p = await m.findOne(Product, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!p) throw AppError.notFound("Product");
      if (action === "hide" && p.hiddenAt) throw AppError.conflict("This product is already hidden");
      if (action === "unhide" && !p.hiddenAt) throw AppError.conflict("This product is not hidden");
      await m.update(
        Product,
        { id },
        action === "hide"
          ? { hiddenAt: this.clock.now(), hiddenReason: reason, hiddenById: admin.id }
          : { hiddenAt: null, hiddenReason: null, hiddenById: null, reviewRequestedAt: null, reviewRequestNote: null },
      );
      await m.insert(ProductModeration, { productId: id, adminId: admin.id, action, reason });
      await enqueueProductNotice(m, action === "hide" ? "product.hidden" : "product.unhidden", { productId: id, note: reason });
      await announceCatalogChange(m);
      return this.get(id, m);
    });
    this.catalog.forget(); // this process at once, even when nobody listens (embedded mode)
    return product;
  }
}
