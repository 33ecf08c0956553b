import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { Product } from "../catalog/product.entity";
import { User } from "../users/user.entity";

/** A shopping cart: a signed-in user's (one each) or a guest's, whose id lives in an httpOnly cookie. */
@Entity("cart")
export class Cart extends BaseEntity {
  @Index("UQ_cart_user", { unique: true })
  @Column({ type: "uuid", nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: "CASCADE", nullable: true })
  @JoinColumn({ name: "user_id" })
  user?: User | null;
}

/** One product in a cart, with the price it had when added (to flag changes). */
@Entity("cart_item")
@Index("UQ_cart_item_product", ["cartId", "productId"], { unique: true })
@Check("CHK_cart_item_quantity", `"quantity" BETWEEN 1 AND 99`)
export class CartItem extends BaseEntity {
  @Column({ type: "uuid" })
  cartId!: string;

  @ManyToOne(() => Cart, { onDelete: "CASCADE" })
  @JoinColumn({ name: "cart_id" })
  cart?: Cart;

  @Index()
  @Column({ type: "uuid" })
  productId!: string;

  @ManyToOne(() => Product, { onDelete: "CASCADE" })
  @JoinColumn({ name: "product_id" })
  product?: Product;

  @Column({ type: "smallint" })
  quantity!: number;

  /** đồng, the price when the line was added or last changed */
  @Column({ type: "integer" })
  addedPrice!: number;
}
