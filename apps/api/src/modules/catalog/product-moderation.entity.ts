import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { User } from "../users/user.entity";
import { Product } from "./product.entity";

export type ProductModerationAction = "hide" | "unhide";

/** One admin decision on a product: who, what, why, when (`created_at`). Append-only. */
@Entity("product_moderation")
export class ProductModeration extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  productId!: string;

  @ManyToOne(() => Product, { onDelete: "CASCADE" })
  @JoinColumn({ name: "product_id" })
  product?: Product;

  @Column({ type: "uuid" })
  adminId!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "admin_id" })
  admin?: User;

  @Column({ type: "varchar", length: 16 })
  action!: ProductModerationAction;

  @Column({ type: "text", nullable: true })
  reason!: string | null;
}
