import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import type { ImageRef } from "../../lib/images/image-processor";
import { Product } from "../catalog/product.entity";
import { User } from "../users/user.entity";

/** A buyer's rating of a product they received; one per buyer and product. */
@Entity("review")
@Index("UQ_review_product_author", ["productId", "authorId"], { unique: true })
@Check("CHK_review_rating", `"rating" BETWEEN 1 AND 5`)
export class Review extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  productId!: string;

  @ManyToOne(() => Product, { onDelete: "CASCADE" })
  @JoinColumn({ name: "product_id" })
  product?: Product;

  @Column({ type: "uuid" })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "author_id" })
  author?: User;

  @Column({ type: "smallint" })
  rating!: number;

  @Column({ type: "text", nullable: true })
  text!: string | null;

  @Column({ type: "jsonb", nullable: true })
  image!: ImageRef | null;

  /** The seller's one reply. */
  @Column({ type: "text", nullable: true })
  reply!: string | null;

  @Column({ type: "timestamptz", nullable: true })
  repliedAt!: Date | null;

  /** Set when an admin hides it; hidden reviews leave listings and the rating. */
  @Column({ type: "timestamptz", nullable: true })
  hiddenAt!: Date | null;
}
