import type { ProductStatus } from "@chophien/contracts";
import { productLine } from "./catalog-data";
import { namesFor, type ProductTemplate } from "./catalog-types";
import type { Random } from "./random";
import type { LineSpot } from "./stall-places";

/** Every generated photo pool holds this many pictures per category; a product shows 1–3 of them. */
export const IMAGES_PER_CATEGORY = 3;

/** A product the seed will insert (slug and search columns are filled in later). */
export interface PlannedProduct {
  name: string;
  description: string;
  categorySlug: string;
  /** đồng */
  price: number;
  /** đồng, above `price` */
  compareAtPrice: number | null;
  unit: string;
  weightGrams: number;
  stock: number;
  status: ProductStatus;
  ocop: { stars: number; certificateNo: string; year: number } | null;
  originProvince: string | null;
  createdAt: Date;
  /** Indices into the category's photo pool, in display order. */
  images: number[];
}

/** What the product generator needs to know about its stall. */
export interface ProductContext {
  province: string;
  /** The stall's own line and place. */
  spot: LineSpot;
  place: string;
  /** Other lines of the stall's province, for the odd product outside its speciality. */
  otherSpots: readonly LineSpot[];
  approvedAt: Date;
  now: Date;
}

/** Province code used in OCOP certificate numbers: "quang-tri" → "QT", "ho-chi-minh" → "HCM". */
export function provinceCode(slug: string): string {
  return slug
    .split("-")
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/** 1–5 products for an approved stall, about 2.25 on average, mostly from its own line. */
export function planProducts(rng: Random, ctx: ProductContext): PlannedProduct[] {
  const count = rng.weighted([1, 2, 3, 4, 5], (n) => [30, 35, 20, 10, 5][n - 1]!);
  const names = new Set<string>();
  const out: PlannedProduct[] = [];
  for (let i = 0; i < count; i++) {
    // A few tries to avoid listing the same product twice in one stall; a small stall simply ends up smaller.
    for (let attempt = 0; attempt < 5; attempt++) {
      const p = planProduct(rng, ctx);
      if (names.has(p.name)) continue;
      names.add(p.name);
      out.push(p);
      break;
    }
  }
  return out;
}

function planProduct(rng: Random, ctx: ProductContext): PlannedProduct {
  const own = !ctx.otherSpots.length || rng.chance(0.9);
  const spot = own ? ctx.spot : rng.pick(ctx.otherSpots);
  const place = own ? ctx.place : rng.pick(spot.places);
  // Resellers' goods come from elsewhere; now and then a local seller fills in the origin too.
  const originProvince = spot.origin ?? (rng.chance(0.1) ? ctx.province : null);
  const line = productLine(spot.line);
  const template: ProductTemplate = rng.pick(line.products);
  const patterns = namesFor(template, originProvince ?? ctx.province);
  const pack = rng.pick(template.packs);
  const base = rng.pick(patterns.length ? patterns : [`${line.labels[0]!} {place}`]).replace("{place}", place);
  const name = pack.size ? `${base} ${pack.size}` : base;

  const price = rng.price(pack.price[0], pack.price[1]);
  const compareAtPrice = rng.chance(0.25) ? Math.ceil((price * (1.1 + rng.next() * 0.25)) / 1000) * 1000 : null;
  const nowYear = ctx.now.getFullYear();
  const ocop = rng.chance(0.2)
    ? (() => {
        const year = rng.int(2019, Math.min(2025, nowYear));
        const code = provinceCode(originProvince ?? ctx.province);
        return {
          stars: rng.weighted([3, 4, 5], (s) => ({ 3: 55, 4: 35, 5: 10 })[s]!),
          year,
          certificateNo: `OCOP-${code}-${year}-${String(rng.int(1, 999)).padStart(4, "0")}`,
        };
      })()
    : null;

  const paragraphs = [rng.pick(template.about).replace(/\{place\}/g, place)];
  if (rng.chance(0.5))
    paragraphs.push(
      rng
        .sample(template.points, rng.int(2, 3))
        .map((p) => `- ${p}`)
        .join("\n"),
    );
  if (ocop) paragraphs.push(`Sản phẩm đạt chứng nhận OCOP ${ocop.stars} sao năm ${ocop.year}.`);
  paragraphs.push(rng.pick(line.care));

  const span = ctx.now.getTime() - ctx.approvedAt.getTime();
  return {
    name: name.slice(0, 160),
    description: paragraphs.join("\n\n"),
    categorySlug: template.category,
    price,
    compareAtPrice: compareAtPrice !== null && compareAtPrice > price ? compareAtPrice : null,
    unit: pack.unit,
    weightGrams: pack.grams,
    stock: rng.chance(0.06) ? 0 : rng.int(3, 500),
    status: rng.chance(0.06) ? "draft" : "active",
    ocop,
    originProvince,
    createdAt: new Date(ctx.approvedAt.getTime() + Math.floor(rng.next() * span)),
    images: rng.sample(
      [...Array(IMAGES_PER_CATEGORY).keys()],
      rng.weighted([1, 2, 3], (n) => [40, 40, 20][n - 1]!),
    ),
  };
}
