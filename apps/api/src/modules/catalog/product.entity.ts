import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import type { ProductStatus } from "@chophien/contracts";
import { BaseEntity } from "../../db/base.entity";
import { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { Category } from "./category.entity";

/**
 * A product of a stall. Public only when `active`, not hidden by an admin, and its stall is `approved` (see
 * PUBLIC_PRODUCT). Money in integer đồng.
 */
@Entity("product")
@Check("CHK_product_status", `"status" IN ('draft', 'active', 'archived')`)
@Check("CHK_product_price", `"price" > 0`)
@Check("CHK_product_stock", `"stock" >= 0`)
@Check("CHK_product_compare_at", `"compare_at_price" IS NULL OR "compare_at_price" > "price"`)
@Check("CHK_product_ocop", `"ocop_stars" IS NULL OR "ocop_stars" BETWEEN 3 AND 5`)
@Check("CHK_product_hidden", `("hidden_at" IS NULL) = ("hidden_reason" IS NULL)`)
@Check("CHK_product_review_request", `"review_requested_at" IS NULL OR "hidden_at" IS NOT NULL`)
@Index("IDX_product_search_name_trgm", { synchronize: false })
@Index("IDX_product_search_vector", { synchronize: false })
@Index("IDX_product_public_newest", { synchronize: false })
// Partial (WHERE status = 'active' AND hidden_at IS NULL), see the migrations: facet counts read only the first.
@Index("IDX_product_public_facets", { synchronize: false })
@Index("IDX_product_public_rating", { synchronize: false })
@Index("IDX_product_public_related", { synchronize: false })
@Index("IDX_product_hidden", { synchronize: false })
@Index("IDX_product_ocop_valid_until", { synchronize: false })
@Index("IDX_product_category_newest", { synchronize: false })
@Index("IDX_product_category_price", { synchronize: false })
@Index("IDX_product_category_rating", { synchronize: false })
export class Product extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  stallId!: string;

  @ManyToOne(() => Stall, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stall_id" })
  stall?: Stall;

  @Index("UQ_product_slug", { unique: true })
  @Column({ type: "varchar", length: 120 })
  slug!: string;

  @Column({ type: "varchar", length: 160 })
  name!: string;

  /** Plain text or Markdown as the seller wrote it; rendered with raw HTML escaped. */
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Index()
  @Column({ type: "uuid" })
  categoryId!: string;

  @ManyToOne(() => Category, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "category_id" })
  category?: Category;

  /** đồng */
  @Index()
  @Column({ type: "integer" })
  price!: number;

  /** đồng; the "was" price, above `price` */
  @Column({ type: "integer", nullable: true })
  compareAtPrice!: number | null;

  /** Sales unit as shoppers read it, e.g. "gói 500g", "chai 500ml". */
  @Column({ type: "varchar", length: 32 })
  unit!: string;

  /** grams, for shipping */
  @Column({ type: "integer", nullable: true })
  weightGrams!: number | null;

  @Column({ type: "integer" })
  stock!: number;

  @Index()
  @Column({ type: "varchar", length: 16, default: "draft" })
  status!: ProductStatus;

  @Index()
  @Column({ type: "smallint", nullable: true })
  ocopStars!: number | null;

  @Column({ type: "varchar", length: 64, nullable: true })
  ocopCertificateNo!: string | null;

  @Column({ type: "smallint", nullable: true })
  ocopYear!: number | null;

  /** Until when the derived star holds (its verified certificate's `valid_until`); the star is null past it. */
  @Column({ type: "date", nullable: true })
  ocopValidUntil!: string | null;

  /** The verified certificate the star comes from (see modules/ocop). */
  @Column({ type: "uuid", nullable: true })
  ocopCertificateId!: string | null;

  /** Where it comes from, if not the stall's province. */
  @Column({ type: "varchar", length: 32, nullable: true })
  originProvince!: string | null;

  /** GS1 GTIN as 14 digits (zero-padded); `/01/{gtin}/10/{lot}` finds the product's batch by it. */
  @Index("UQ_product_gtin", { unique: true, where: `"gtin" IS NOT NULL` })
  @Column({ type: "varchar", length: 14, nullable: true })
  gtin!: string | null;

  /** Effective province for browsing: `originProvince` or the stall's. */
  @Index()
  @Column({ type: "varchar", length: 32 })
  province!: string;

  @Index()
  @Column({ type: "real", default: 0 })
  ratingAvg!: number;

  @Column({ type: "integer", default: 0 })
  ratingCount!: number;

  /**
   * Units delivered to buyers (the cards' "Đã bán"): a counter raised in the transaction that marks a stall order
   * delivered, never an aggregate per request.
   */
  @Column({ type: "integer", default: 0 })
  soldCount!: number;

  /**
   * Set while an admin keeps the product off the market (the seller's own `status` is left as it was, so
   * unhiding restores it); the reason and the admin are for the seller and the audit trail (product_moderation).
   */
  @Column({ type: "timestamptz", nullable: true })
  hiddenAt!: Date | null;

  @Column({ type: "text", nullable: true })
  hiddenReason!: string | null;

  @Column({ type: "uuid", nullable: true })
  hiddenById!: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "hidden_by_id" })
  hiddenBy?: User;

  /** While hidden: when the seller asked the admins to look again (after fixing it), and their note. */
  @Column({ type: "timestamptz", nullable: true })
  reviewRequestedAt!: Date | null;

  @Column({ type: "text", nullable: true })
  reviewRequestNote!: string | null;

  /** Folded name (no diacritics, lower-case): trigram similarity and exact-match ranking. */
  @Column({ type: "text", select: false })
  searchName!: string;

  /** Folded name, category, stall, province (with former names) and description: full-text search. */
  @Column({ type: "text", select: false })
  searchText!: string;

  /**
   * `searchName` (weight A) and `searchText` (weight D) parsed once into a full-text vector, so search and
   * ranking never re-parse text. Written only by refreshProductSearch (and the seed); empty until then.
   */
  @Column({ type: "tsvector", select: false, default: () => "''" })
  searchVector!: string;
}
