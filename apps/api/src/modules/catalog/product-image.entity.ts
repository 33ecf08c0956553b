import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import type { ImageRef } from "../../lib/images/image-processor";
import { Product } from "./product.entity";

/** One photo of a product (at most 8), shown in `position` order; variants are content-addressed WebP files. */
@Entity("product_image")
export class ProductImage extends BaseEntity implements ImageRef {
  @Index()
  @Column({ type: "uuid" })
  productId!: string;

  @ManyToOne(() => Product, { onDelete: "CASCADE" })
  @JoinColumn({ name: "product_id" })
  product?: Product;

  @Column({ type: "smallint" })
  position!: number;

  /** SHA-256 of the uploaded bytes; variant files are `${hash}-${width}.webp`. */
  @Column({ type: "char", length: 64 })
  hash!: string;

  @Column({ type: "integer" })
  width!: number;

  @Column({ type: "integer" })
  height!: number;

  @Column({ type: "integer", array: true })
  widths!: number[];
}
