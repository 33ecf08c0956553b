import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { money } from "../../db/money";
import { Product } from "../catalog/product.entity";
import { Stall } from "../stalls/stall.entity";
import { LiveSession } from "./live-session.entity";

/**
 * One product offered in a session at a live price, with a short code (`A1`) viewers type or tap. At start its
 * `quantity` moves out of the product's stock into `held`; orders and drafts take from it (`taken`, guarded
 * `UPDATE … WHERE held - taken >= n`); at the end `held - taken` goes back to the product, once.
 */
@Entity("live_offer")
@Check("CHK_live_offer_units", `"taken" >= 0 AND "taken" <= "held" AND "held" <= "quantity"`)
@Index("UQ_live_offer_code", ["sessionId", "code"], { unique: true })
@Index("UQ_live_offer_product", ["sessionId", "productId"], { unique: true })
export class LiveOffer extends BaseEntity {
  @Column({ type: "uuid" })
  sessionId!: string;

  @ManyToOne(() => LiveSession, { onDelete: "CASCADE" })
  @JoinColumn({ name: "session_id" })
  session?: LiveSession;

  @Index()
  @Column({ type: "uuid" })
  stallId!: string;

  @ManyToOne(() => Stall, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stall_id" })
  stall?: Stall;

  @Index()
  @Column({ type: "uuid" })
  productId!: string;

  @ManyToOne(() => Product, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "product_id" })
  product?: Product;

  @Column({ type: "varchar", length: 4 })
  code!: string;

  /** Order of creation within the session (A1 is 1). */
  @Column({ type: "integer" })
  position!: number;

  /** đồng */
  @Column({ type: "bigint", transformer: money })
  livePrice!: number;

  /** Units asked for. */
  @Column({ type: "integer" })
  quantity!: number;

  /** Units moved out of the product's stock at start. */
  @Column({ type: "integer", default: 0 })
  held!: number;

  /** Units taken by orders and unexpired drafts (never above `held`). */
  @Column({ type: "integer", default: 0 })
  taken!: number;

  @Column({ type: "integer", nullable: true })
  perBuyerLimit!: number | null;
}

/** How many units of an offer one buyer (a user id, or a phone for comment drafts) has taken: the per-buyer limit. */
@Entity("live_offer_buyer")
@Index("UQ_live_offer_buyer", ["offerId", "buyerKey"], { unique: true })
export class LiveOfferBuyer extends BaseEntity {
  @Column({ type: "uuid" })
  offerId!: string;

  @ManyToOne(() => LiveOffer, { onDelete: "CASCADE" })
  @JoinColumn({ name: "offer_id" })
  offer?: LiveOffer;

  @Column({ type: "varchar", length: 64 })
  buyerKey!: string;

  @Column({ type: "integer" })
  quantity!: number;
}
