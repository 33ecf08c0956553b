import { z } from "zod";
import { ProductOcop } from "./ocop";
import { boolParam, page } from "./common";
import { Gtin } from "./gs1";
import { Image } from "./media";
import { PageQuery, ProvinceRef, ProvinceSlug, PublicStall, StallStatus, StallSummary } from "./stalls";

export const PRODUCT_STATUSES = ["draft", "active", "archived"] as const;
export const ProductStatus = z.enum(PRODUCT_STATUSES).meta({ id: "ProductStatus" });
export type ProductStatus = z.infer<typeof ProductStatus>;
export const PRODUCT_SORTS = ["relevance", "newest", "price_asc", "price_desc", "rating"] as const;

/** Prices are integer đồng; the ceiling keeps them in a 32-bit column (about 2.1 billion đồng). */
const MAX_PRICE = 1_000_000_000;
const Dong = z.number().int().positive().max(MAX_PRICE);
/** A price bound in a query: past MAX_PRICE it would match nothing and overflow the column's comparison. */
const PriceFilter = z.coerce.number().int().min(0).max(MAX_PRICE);

export const CategoryRef = z
  .object({ id: z.uuid(), slug: z.string(), name: z.string(), nameEn: z.string() })
  .meta({ id: "CategoryRef" });

export interface CategoryNode {
  id: string;
  slug: string;
  name: string;
  nameEn: string;
  /** Public products in this category and its children. */
  productCount: number;
  children: CategoryNode[];
}
export const CategoryNode: z.ZodType<CategoryNode> = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    nameEn: z.string(),
    productCount: z.number().int(),
    get children() {
      return z.array(CategoryNode);
    },
  })
  .meta({ id: "CategoryNode" });
export const CategoryTree = z.object({ items: z.array(CategoryNode) }).meta({ id: "CategoryTree" });
export type CategoryTree = z.infer<typeof CategoryTree>;

export const Ocop = z
  .object({
    stars: z.number().int().min(3).max(5),
    certificateNo: z.string().trim().max(64).nullable().optional(),
    year: z.number().int().min(2013).max(2100).nullable().optional(),
  })
  .strict()
  .meta({ id: "Ocop", description: "OCOP rating (3–5 stars) with its certificate" });

const ProductFields = {
  name: z.string().trim().min(3).max(160),
  /** Plain text or Markdown; raw HTML is shown as text, never rendered. */
  description: z.string().trim().max(10000).nullable().optional(),
  categoryId: z.uuid(),
  price: Dong,
  compareAtPrice: Dong.nullable().optional(),
  unit: z.string().trim().min(1).max(32).meta({ example: "gói 500g" }),
  weightGrams: z.number().int().positive().max(100_000).nullable().optional(),
  stock: z.number().int().min(0).max(1_000_000),
  status: ProductStatus.optional(),
  originProvince: ProvinceSlug.nullable().optional(),
  /** GS1 GTIN (check digit validated), stored and shown as 14 digits; unique on the market. */
  gtin: Gtin.nullable().optional(),
};
const compareAbovePrice = (v: { price?: number; compareAtPrice?: number | null }) =>
  v.compareAtPrice == null || v.price === undefined || v.compareAtPrice > v.price;
const compareMessage = { message: "compareAtPrice must be higher than price", path: ["compareAtPrice"] };

export const CreateProductRequest = z
  .object(ProductFields)
  .strict()
  .refine(compareAbovePrice, compareMessage)
  .meta({ id: "CreateProductRequest" });
export type CreateProductRequest = z.infer<typeof CreateProductRequest>;
export const UpdateProductRequest = z
  .object(ProductFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Nothing to update")
  .refine(compareAbovePrice, compareMessage)
  .meta({ id: "UpdateProductRequest" });
export type UpdateProductRequest = z.infer<typeof UpdateProductRequest>;

/** A product as listed: enough for a card. */
export const ProductCard = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    price: z.number().int(),
    compareAtPrice: z.number().int().nullable(),
    unit: z.string(),
    inStock: z.boolean(),
    ocopStars: z.number().int().nullable(),
    thumbnail: Image.nullable(),
    province: ProvinceRef,
    stall: z.object({ slug: z.string(), name: z.string() }),
    ratingAvg: z.number(),
    ratingCount: z.number().int(),
    /** Units delivered to buyers ("Đã bán 120"). */
    soldCount: z.number().int(),
  })
  .meta({ id: "ProductCard" });
export type ProductCard = z.infer<typeof ProductCard>;

/** A product page. */
export const ProductDetail = ProductCard.extend({
  description: z.string().nullable(),
  /** The description rendered from Markdown with raw HTML escaped. */
  descriptionHtml: z.string(),
  stock: z.number().int(),
  weightGrams: z.number().int().nullable(),
  category: CategoryRef,
  /** From a verified, unexpired certificate covering the product; never typed by the seller. */
  ocop: ProductOcop.nullable(),
  images: z.array(Image),
  stallInfo: StallSummary.extend({ story: z.string() }),
  related: z.array(ProductCard),
  createdAt: z.iso.datetime(),
}).meta({ id: "ProductDetail" });
export type ProductDetail = z.infer<typeof ProductDetail>;
export const ProductDetailResponse = z.object({ product: ProductDetail }).meta({ id: "ProductDetailResponse" });

/** A product as its seller manages it. */
export const SellerProduct = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    category: CategoryRef,
    price: z.number().int(),
    compareAtPrice: z.number().int().nullable(),
    unit: z.string(),
    weightGrams: z.number().int().nullable(),
    stock: z.number().int(),
    status: ProductStatus,
    ocop: z
      .object({ stars: z.number().int(), certificateNo: z.string().nullable(), year: z.number().int().nullable() })
      .nullable(),
    originProvince: z.string().nullable(),
    gtin: z.string().nullable(),
    images: z.array(Image),
    ratingAvg: z.number(),
    ratingCount: z.number().int(),
    /**
     * Set while an admin keeps the product off the market, whatever its status; the seller sees why, and when
     * they asked the admins to look again (POST …/request-review), if they have.
     */
    hidden: z.object({ at: z.iso.datetime(), reason: z.string(), reviewRequestedAt: z.iso.datetime().nullable() }).nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "SellerProduct" });
export type SellerProduct = z.infer<typeof SellerProduct>;
export const SellerProductResponse = z.object({ product: SellerProduct }).meta({ id: "SellerProductResponse" });
export const SellerProductList = page(SellerProduct).meta({ id: "SellerProductList" });
export type SellerProductList = z.infer<typeof SellerProductList>;

export const SellerProductQuery = z
  .object({
    status: ProductStatus.optional(),
    q: z.string().trim().max(100).optional(),
    maxStock: z.coerce
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .optional()
      .meta({ description: "only products with at most this many units (low-stock alerts), emptiest first" }),
    hidden: boolParam.optional().meta({ description: "only products an admin has hidden (true) or not (false)" }),
    ...PageQuery,
  })
  .strict();
export type SellerProductQuery = z.infer<typeof SellerProductQuery>;

/** GET /api/products filters; every one is optional and they combine with AND. */
export const ProductListQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    category: z.string().trim().max(80).optional().meta({ description: "category slug (includes its children)" }),
    stall: z.string().trim().max(80).optional().meta({ description: "stall slug" }),
    province: ProvinceSlug.optional(),
    ocopMin: z.coerce.number().int().min(3).max(5).optional(),
    minPrice: PriceFilter.optional(),
    maxPrice: PriceFilter.optional(),
    inStock: boolParam.optional(),
    sort: z.enum(PRODUCT_SORTS).optional(),
    ...PageQuery,
  })
  .strict();
export type ProductListQuery = z.infer<typeof ProductListQuery>;

export const Facet = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export const ProductList = page(ProductCard)
  .extend({
    facets: z.object({ categories: z.array(Facet), provinces: z.array(Facet), ocopStars: z.array(Facet) }),
  })
  .meta({ id: "ProductList" });
export type ProductList = z.infer<typeof ProductList>;

export const ReorderImagesRequest = z
  .object({ imageIds: z.array(z.uuid()).min(1).max(8) })
  .strict()
  .meta({ id: "ReorderImagesRequest", description: "Every image id of the product, in the new order" });

/** GET /api/stalls/:slug — the stall's profile with its newest public products. */
export const PublicStallResponse = z
  .object({ stall: PublicStall.extend({ products: z.array(ProductCard) }) })
  .meta({ id: "PublicStallResponse" });
export type PublicStallResponse = z.infer<typeof PublicStallResponse>;

export const PRODUCT_MODERATION_ACTIONS = ["hide", "unhide"] as const;

/** One admin decision on a product: who, what, why, when. Append-only. */
export const ProductModeration = z
  .object({
    action: z.enum(PRODUCT_MODERATION_ACTIONS),
    reason: z.string().nullable(),
    admin: z.object({ id: z.uuid(), fullName: z.string() }),
    at: z.iso.datetime(),
  })
  .meta({ id: "ProductModeration" });
export type ProductModeration = z.infer<typeof ProductModeration>;

/** A product as admins moderate it: any stall, any status, public or not. */
export const AdminProduct = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    category: CategoryRef,
    price: z.number().int(),
    unit: z.string(),
    stock: z.number().int(),
    status: ProductStatus,
    thumbnail: Image.nullable(),
    stall: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), status: StallStatus }),
    /** Shoppers can see and buy it: active, not hidden, its stall approved. */
    public: z.boolean(),
    hidden: z
      .object({
        at: z.iso.datetime(),
        reason: z.string(),
        admin: z.object({ id: z.uuid(), fullName: z.string() }),
        /** The seller has fixed it and asks to be shown again. */
        reviewRequest: z.object({ at: z.iso.datetime(), note: z.string().nullable() }).nullable(),
      })
      .nullable(),
    ratingAvg: z.number(),
    ratingCount: z.number().int(),
    /** How many moderation decisions it has had (its history: GET /api/admin/products/:id). */
    moderationCount: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "AdminProduct" });
export type AdminProduct = z.infer<typeof AdminProduct>;
export const AdminProductList = page(AdminProduct).meta({ id: "AdminProductList" });
export type AdminProductList = z.infer<typeof AdminProductList>;
/** One product with its moderation history, oldest first. */
export const AdminProductResponse = z
  .object({ product: AdminProduct.extend({ moderation: z.array(ProductModeration) }) })
  .meta({ id: "AdminProductResponse" });
export type AdminProductResponse = z.infer<typeof AdminProductResponse>;

export const AdminProductQuery = z
  .object({
    q: z.string().trim().max(100).optional().meta({ description: "words of the name, accents optional" }),
    stall: z.uuid().optional().meta({ description: "stall id" }),
    status: ProductStatus.optional(),
    hidden: boolParam.optional(),
    reviewRequested: boolParam
      .optional()
      .meta({ description: "only hidden products whose seller asks for another look (oldest request first)" }),
    ...PageQuery,
  })
  .strict();
export type AdminProductQuery = z.infer<typeof AdminProductQuery>;

/** Why an admin hides a product; the seller reads it. */
export const HideProductRequest = z
  .object({ reason: z.string().trim().min(5).max(1000) })
  .strict()
  .meta({ id: "HideProductRequest" });
export type HideProductRequest = z.infer<typeof HideProductRequest>;

/** A seller asks the admins to look again at a hidden product they have fixed. */
export const RequestReviewRequest = z
  .object({ note: z.string().trim().max(1000).optional().meta({ description: "what was fixed" }) })
  .strict()
  .meta({ id: "RequestReviewRequest" });
export type RequestReviewRequest = z.infer<typeof RequestReviewRequest>;
