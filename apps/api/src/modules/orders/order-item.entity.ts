import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { money } from "../../db/money";
import type { ImageRef } from "../../lib/images/image-processor";
import { Product } from "../catalog/product.entity";
import { StallOrder } from "./stall-order.entity";

/** A line of a stall order: a snapshot of what was bought, at what price. The product can never be deleted under it. */
@Entity("order_item")
@Check("CHK_order_item_quantity", `"quantity" >= 1 AND ("quantity" <= 99 OR "wholesale")`)
export class OrderItem extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  stallOrderId!: string;

  @ManyToOne(() => StallOrder, { onDelete: "CASCADE" })
  @JoinColumn({ name: "stall_order_id" })
  stallOrder?: StallOrder;

  @Index()
  @Column({ type: "uuid" })
  productId!: string;

  @ManyToOne(() => Product, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "product_id" })
  product?: Product;

  @Column({ type: "varchar", length: 160 })
  name!: string;

  @Column({ type: "varchar", length: 32 })
  unit!: string;

  /** đồng, as charged */
  @Column({ type: "integer" })
  unitPrice!: number;

  /** 1–99 at checkout; a wholesale line (a deal of the supply–demand board) carries its delivery's quantity. */
  @Column({ type: "integer" })
  quantity!: number;

  @Column({ type: "boolean", default: false })
  wholesale!: boolean;

  /** đồng */
  @Column({ type: "bigint", transformer: money })
  lineTotal!: number;

  /** đồng the vouchers took off this line (its share of each); `lineTotal` is already after it: what was paid for it */
  @Column({ type: "bigint", transformer: money, default: 0 })
  discount!: number;

  @Column({ type: "jsonb", nullable: true })
  thumbnail!: ImageRef | null;
}
