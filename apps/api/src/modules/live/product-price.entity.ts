import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { money } from "../../db/money";
import { Product } from "../catalog/product.entity";

/**
 * A product's price history: one row per price it has had, from `created_at`. Written by a trigger on `product`
 * (insert, and update of `price`), so every writer — the seller's form, the import, the seed — records it in the
 * same transaction as the change. Live prices are checked against the lowest of the last 30 days.
 */
@Entity("product_price")
@Index("IDX_product_price_product_at", ["productId", "createdAt"])
export class ProductPrice extends BaseEntity {
  @Column({ type: "uuid" })
  productId!: string;

  @ManyToOne(() => Product, { onDelete: "CASCADE" })
  @JoinColumn({ name: "product_id" })
  product?: Product;

  /** đồng */
  @Column({ type: "bigint", transformer: money })
  price!: number;
}
