import type { DataSource } from "typeorm";
import type { Image, SellerProduct } from "@chophien/contracts";
import { LIMITS } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { ImageProcessor } from "../../lib/images/image-processor";
import { storeImage } from "../../lib/images/image-store";
import { presentImage } from "../../lib/images/present";
import type { FileStorage } from "../../lib/storage/storage";
import type { ActingStall } from "../helpers/acting-stall";
import { ProductImage } from "./product-image.entity";
import type { SellerProductsService } from "./products.service";
import { announceCatalogChange } from "./catalog-changes";

/** Photos of a seller's product: add (at most 8), reorder, delete. */
export class ProductImagesService {
  constructor(
    private readonly ds: DataSource,
    private readonly products: SellerProductsService,
    private readonly images: { processor: ImageProcessor; storage: FileStorage },
  ) {}

  /** Processes and stores an upload, then appends it to the product's gallery. */
  async add(ctx: ActingStall, productId: string, file: Buffer): Promise<Image> {
    const { stall } = ctx;
    await this.products.own(this.ds.manager, stall, productId);
    await this.assertRoom(productId);
    const ref = await storeImage(this.images.processor, this.images.storage, file);
    return this.ds.transaction(async (m) => {
      // The product row lock serialises concurrent uploads, so the limit holds.
      await this.products.own(m, stall, productId, true);
      await this.assertRoom(productId, m.getRepository(ProductImage).count({ where: { productId } }));
      const [{ next }] = await m.query<[{ next: number }]>(
        `SELECT coalesce(max(position) + 1, 0)::int AS next FROM product_image WHERE product_id = $1`,
        [productId],
      );
      const image = m.create(ProductImage, { productId, position: next, ...ref });
      await m.insert(ProductImage, image);
      await announceCatalogChange(m);
      await ctx.audit(m, { targetId: productId, before: null, after: { imageId: image.id, position: next } });
      return presentImage(image);
    });
  }

  /** Puts the images in the given order; the list must name every image of the product exactly once. */
  async reorder(ctx: ActingStall, productId: string, imageIds: string[]): Promise<SellerProduct> {
    return this.ds.transaction(async (m) => {
      await this.products.own(m, ctx.stall, productId, true);
      const current = await m.find(ProductImage, { where: { productId }, select: { id: true }, order: { position: "ASC" } });
      const same =
        current.length === imageIds.length &&
        new Set(imageIds).size === imageIds.length &&
        current.every((i) => imageIds.includes(i.id));
      if (!same)
        throw new AppError("validation_failed", "List every image of this product exactly once", [
          { path: "body.imageIds", message: "Must be a permutation of the product's image ids" },
        ]);
      for (const [position, id] of imageIds.entries()) await m.update(ProductImage, { id, productId }, { position });
      await announceCatalogChange(m);
      await ctx.audit(m, { targetId: productId, before: { imageIds: current.map((i) => i.id) }, after: { imageIds } });
      return this.products.view(m, productId);
    });
  }

  /** Removes one image and closes the gap in positions. */
  async remove(ctx: ActingStall, productId: string, imageId: string): Promise<SellerProduct> {
    return this.ds.transaction(async (m) => {
      await this.products.own(m, ctx.stall, productId, true);
      const res = await m.delete(ProductImage, { id: imageId, productId });
      if (!res.affected) throw AppError.notFound("Image");
      await m.query(
        `UPDATE product_image i SET position = r.pos FROM (SELECT id, row_number() OVER (ORDER BY position) - 1 AS pos FROM product_image WHERE product_id = $1) r
          WHERE i.id = r.id AND i.position <> r.pos`,
        [productId],
      );
      await announceCatalogChange(m);
      await ctx.audit(m, { targetId: productId, before: { imageId }, after: null });
      return this.products.view(m, productId);
    });
  }

  private async assertRoom(productId: string, count?: Promise<number>): Promise<void> {
    const n = await (count ?? this.ds.getRepository(ProductImage).count({ where: { productId } }));
    if (n >= LIMITS.maxProductImages) throw AppError.conflict(`A product has at most ${LIMITS.maxProductImages} images`);
  }
}
