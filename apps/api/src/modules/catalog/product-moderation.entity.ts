import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { AdminDecision } from "../users/admin-decision.entity";
import { Product } from "./product.entity";

export type ProductModerationAction = "hide" | "unhide";

/** One admin decision on a product (hide it from the market, show it again). */
@Entity("product_moderation")
export class ProductModeration extends AdminDecision<ProductModerationAction> {
  @Index()
  @Column({ type: "uuid" })
  productId!: string;

  // RESTRICT: a moderated product is archived, never deleted, so its record stays (see SellerProductsService.remove).
  @ManyToOne(() => Product, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "product_id" })
  product?: Product;
}
