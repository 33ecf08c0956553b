import { type DataSource, type EntityManager, In } from "typeorm";
import type { CreateProductRequest, SellerProduct, SellerProductQuery, UpdateProductRequest } from "@chophien/contracts";
import { foldVietnamese } from "@chophien/contracts";
import { isUniqueViolation } from "../../db/errors";
import { nextFreeSlug } from "../../db/slugs";
import { pageOf } from "../../db/paginate";
import { AppError } from "../../http/errors";
import { type Clock, systemClock } from "../../lib/clock";
import { type ActingStall, changedFields } from "../helpers/acting-stall";
import type { Stall } from "../stalls/stall.entity";
import { enqueueProductNotice } from "../notifications/outbox";
import { Category } from "./category.entity";
import { ProductImage } from "./product-image.entity";
import { Product } from "./product.entity";
import { announceCatalogChange } from "./catalog-changes";
import { productMatches } from "./catalog-query";
import { presentSellerProduct } from "./products.presenter";
import { refreshProductSearch } from "./search-text";

/** Another product already carries this GTIN (the partial unique index `UQ_product_gtin`). */
const gtinTaken = (err: unknown) =>
  (err as { driverError?: { constraint?: string } }).driverError?.constraint === "UQ_product_gtin"
    ? AppError.conflict("Another product already has this GTIN", [{ path: "body.gtin", message: "Taken" }])
    : err;

const unknownCategory = () =>
  new AppError("validation_failed", "Unknown category", [{ path: "body.categoryId", message: "No such category" }]);

/** Columns of a product a seller's request may set, from the contract's shape. */
function productColumns(input: Partial<CreateProductRequest>): Partial<Product> {
  // No `ocop` here: a product's star is derived from verified certificates (modules/ocop), never typed.
  return { ...input };
}

/** A seller's own products: create, list, read, edit, delete (archive once ordered). Another stall's id is 404. */
export class SellerProductsService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Creates a product for the acting stall (audited when a helper does it). */
  async create(ctx: ActingStall, input: CreateProductRequest): Promise<SellerProduct> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.ds.transaction(async (m) => {
          if (!(await m.exists(Category, { where: { id: input.categoryId } }))) throw unknownCategory();
          const id = await this.insert(m, ctx, input);
          await announceCatalogChange(m);
          return this.view(m, id);
        });
      } catch (err) {
        // Slug clashes are retried; a taken GTIN is the seller's 409.
        if (!isUniqueViolation(err) || attempt >= 3 || gtinTaken(err) !== err) throw gtinTaken(err);
      }
    }
  }

  /**
   * Creates every product of an import in one transaction — all or none — each audited like a single creation
   * (categories are checked by the caller). Returns the new ids in input order.
   */
  async createMany(ctx: ActingStall, inputs: CreateProductRequest[]): Promise<string[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.ds.transaction(async (m) => {
          const ids: string[] = [];
          for (const input of inputs) ids.push(await this.insert(m, ctx, input));
          await announceCatalogChange(m);
          return ids;
        });
      } catch (err) {
        if (!isUniqueViolation(err) || attempt >= 3 || gtinTaken(err) !== err) throw gtinTaken(err);
      }
    }
  }

  private async insert(m: EntityManager, ctx: ActingStall, input: CreateProductRequest): Promise<string> {
    const { stall } = ctx;
    const product = m.create(Product, {
      status: "draft",
      description: null,
      compareAtPrice: null,
      weightGrams: null,
      originProvince: null,
      gtin: null,
      ...productColumns(input),
      stallId: stall.id,
      slug: await nextFreeSlug(m, "product", input.name),
      province: input.originProvince ?? stall.province,
      searchName: foldVietnamese(input.name),
      searchText: "",
    });
    await m.insert(Product, product);
    await refreshProductSearch(m, { productId: product.id });
    await ctx.audit(m, { targetId: product.id, before: null, after: { ...input } });
    return product.id;
  }

  async list(stall: Stall, q: SellerProductQuery): Promise<{ items: SellerProduct[]; total: number }> {
    const qb = this.ds.getRepository(Product).createQueryBuilder("p").where("p.stall_id = :stall", { stall: stall.id });
    if (q.status) qb.andWhere("p.status = :status", { status: q.status });
    if (q.q) qb.andWhere(productMatches(":q"), { q: foldVietnamese(q.q) });
    if (q.hidden !== undefined) qb.andWhere(q.hidden ? "p.hidden_at IS NOT NULL" : "p.hidden_at IS NULL");
    // Low-stock alerts: the emptiest first.
    if (q.maxStock !== undefined) qb.andWhere("p.stock <= :maxStock", { maxStock: q.maxStock });
    const [rows, total] = await pageOf(qb, q.maxStock !== undefined ? ["p.stock", "ASC"] : ["p.updated_at", "DESC"], q);
    return { items: await this.views(this.ds.manager, rows), total };
  }

  async get(stall: Stall, id: string): Promise<SellerProduct> {
    await this.own(this.ds.manager, stall, id);
    return this.view(this.ds.manager, id);
  }

  /** Edits one of the acting stall's products (audited, changed fields only, when a helper does it); a GTIN another product has is 409. */
  async update(ctx: ActingStall, id: string, input: UpdateProductRequest): Promise<SellerProduct> {
    try {
      return await this.updateOnce(ctx, id, input);
    } catch (err) {
      throw gtinTaken(err);
    }
  }

  private async updateOnce(ctx: ActingStall, id: string, input: UpdateProductRequest): Promise<SellerProduct> {
    return this.ds.transaction(async (m) => {
      const product = await this.own(m, ctx.stall, id, true);
      if (input.categoryId && !(await m.exists(Category, { where: { id: input.categoryId } }))) throw unknownCategory();
      const price = input.price ?? product.price;
      const compareAt = input.compareAtPrice === undefined ? product.compareAtPrice : input.compareAtPrice;
      if (compareAt !== null && compareAt <= price)
        throw new AppError("validation_failed", "compareAtPrice must be higher than price", [
          { path: "body.compareAtPrice", message: "Must be higher than price" },
        ]);
      const columns = productColumns(input);
      await m.update(Product, { id }, columns);
      await refreshProductSearch(m, { productId: id });
      await announceCatalogChange(m); // a new price or stock shows on every replica at once
      await ctx.audit(m, { targetId: id, ...changedFields(product as unknown as Record<string, unknown>, columns) });
      return this.view(m, id);
    });
  }

  /**
   * Asks the admins to look again at a product they hid (the seller has fixed it): 409 when it is not hidden or
   * already waiting for a look. The admins' list of requests is oldest first.
   */
  async requestReview(ctx: ActingStall, id: string, note: string | null): Promise<SellerProduct> {
    return this.ds.transaction(async (m) => {
      const product = await this.own(m, ctx.stall, id, true);
      if (!product.hiddenAt) throw AppError.conflict("This product is not hidden");
      if (product.reviewRequestedAt) throw AppError.conflict("The admins have already been asked to look at it again");
      const at = this.clock.now();
      await m.update(Product, { id }, { reviewRequestedAt: at, reviewRequestNote: note });
      await enqueueProductNotice(m, "product.review_requested", { productId: id, note });
      await ctx.audit(m, {
        targetId: id,
        before: { reviewRequestedAt: null },
        after: { reviewRequestedAt: at, reviewRequestNote: note },
      });
      return this.view(m, id);
    });
  }

  /** Deletes a product nobody ordered; one that appears in orders is archived instead (order history keeps it). */
  async remove(ctx: ActingStall, id: string): Promise<{ deleted: boolean; product?: SellerProduct }> {
    return this.ds.transaction(async (m) => {
      const product = await this.own(m, ctx.stall, id, true);
      await announceCatalogChange(m);
      const before = { name: product.name, status: product.status };
      await m.query("SAVEPOINT delete_product");
      try {
        await m.delete(Product, { id });
        await ctx.audit(m, { targetId: id, before, after: null });
        return { deleted: true };
      } catch (err) {
        if ((err as { driverError?: { code?: string } }).driverError?.code !== "23503") throw err;
        await m.query("ROLLBACK TO SAVEPOINT delete_product");
        await m.update(Product, { id }, { status: "archived" });
        await ctx.audit(m, { targetId: id, before, after: { status: "archived" } });
        return { deleted: false, product: await this.view(m, id) };
      }
    });
  }

  /** The product if it belongs to `stall`, else 404 (never 403: ids of other stalls are not confirmed). */
  async own(m: EntityManager, stall: Stall, id: string, lock = false): Promise<Product> {
    const product = await m.findOne(Product, {
      where: { id, stallId: stall.id },
      ...(lock ? { lock: { mode: "pessimistic_write" as const } } : {}),
    });
    if (!product) throw AppError.notFound("Product");
    return product;
  }

  /** The seller's view of one product. */
  async view(m: EntityManager, id: string): Promise<SellerProduct> {
    const [v] = await this.views(m, [await m.findOneOrFail(Product, { where: { id } })]);
    return v!;
  }

  private async views(m: EntityManager, products: Product[]): Promise<SellerProduct[]> {
    if (!products.length) return [];
    const ids = products.map((p) => p.id);
    const categories = await m.getRepository(Category).findBy({ id: In(products.map((p) => p.categoryId)) });
    const images = await m.getRepository(ProductImage).find({ where: { productId: In(ids) }, order: { position: "ASC" } });
    return products.map((p) =>
      presentSellerProduct(
        p,
        categories.find((c) => c.id === p.categoryId)!,
        images.filter((i) => i.productId === p.id),
      ),
    );
  }
}
