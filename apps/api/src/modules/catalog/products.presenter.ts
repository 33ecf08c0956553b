import type { ProductCard, SellerProduct } from "@chophien/contracts";
import type { ImageRef } from "../../lib/images/image-processor";
import { presentImage } from "../../lib/images/present";
import { presentProvince } from "../stalls/stalls.presenter";
import type { Category } from "./category.entity";
import type { ProductImage } from "./product-image.entity";
import type { Product } from "./product.entity";

/** `{id, slug, name, nameEn}` of a category. */
export const presentCategoryRef = (c: Pick<Category, "id" | "slug" | "name" | "nameEn">) => ({
  id: c.id,
  slug: c.slug,
  name: c.name,
  nameEn: c.nameEn,
});

const presentOcop = (p: Pick<Product, "ocopStars" | "ocopCertificateNo" | "ocopYear">) =>
  p.ocopStars ? { stars: p.ocopStars, certificateNo: p.ocopCertificateNo, year: p.ocopYear } : null;

/** A product as its seller manages it. */
export function presentSellerProduct(p: Product, category: Category, images: ProductImage[]): SellerProduct {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    description: p.description,
    category: presentCategoryRef(category),
    price: p.price,
    compareAtPrice: p.compareAtPrice,
    unit: p.unit,
    weightGrams: p.weightGrams,
    stock: p.stock,
    status: p.status,
    ocop: presentOcop(p),
    originProvince: p.originProvince,
    gtin: p.gtin,
    images: images.map(presentImage),
    ratingAvg: Number(p.ratingAvg),
    ratingCount: p.ratingCount,
    hidden:
      p.hiddenAt && p.hiddenReason
        ? { at: p.hiddenAt.toISOString(), reason: p.hiddenReason, reviewRequestedAt: p.reviewRequestedAt?.toISOString() ?? null }
        : null,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** The row the catalog's SQL builds for each card (see catalog-query.ts). */
export interface CardRow {
  id: string;
  slug: string;
  name: string;
  price: number;
  compareAtPrice: number | null;
  unit: string;
  stock: number;
  ocopStars: number | null;
  province: string;
  stallSlug: string;
  stallName: string;
  ratingAvg: number;
  ratingCount: number;
  soldCount: number;
  thumb: ImageRef | null;
}

/** A product card in public lists. */
export function presentProductCard(r: CardRow): ProductCard {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    price: r.price,
    compareAtPrice: r.compareAtPrice,
    unit: r.unit,
    inStock: r.stock > 0,
    ocopStars: r.ocopStars,
    thumbnail: r.thumb ? presentImage(r.thumb) : null,
    province: presentProvince(r.province),
    stall: { slug: r.stallSlug, name: r.stallName },
    ratingAvg: Math.round(Number(r.ratingAvg) * 10) / 10,
    ratingCount: r.ratingCount,
    soldCount: r.soldCount ?? 0,
  };
}

export { presentOcop };
