import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { Product } from "../catalog/product.entity";
import { Stall } from "../stalls/stall.entity";

/** One input as stored (absent optional fields are null). */
export interface StoredInput {
  name: string;
  supplier: string | null;
  lot: string | null;
  appliedOn: string | null;
}

/** A lot of one product: its inputs and dates, a public code for its trace page, and how often that page was opened. */
@Entity("trace_batch")
@Index("UQ_trace_batch_product_lot", ["productId", "lot"], { unique: true })
@Check("CHK_trace_batch_quantity", `"quantity" > 0`)
export class Batch extends BaseEntity {
  @Column({ type: "uuid" })
  productId!: string;

  @ManyToOne(() => Product, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "product_id" })
  product?: Product;

  /** The product's stall, kept here so ownership checks need no join. */
  @Index()
  @Column({ type: "uuid" })
  stallId!: string;

  @ManyToOne(() => Stall, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stall_id" })
  stall?: Stall;

  /** Public code (10 Crockford base32 characters, 50 random bits). */
  @Index("UQ_trace_batch_code", { unique: true })
  @Column({ type: "varchar", length: 16 })
  code!: string;

  @Column({ type: "varchar", length: 64 })
  lot!: string;

  /** Calendar dates (GMT+7 as the producer wrote them), `YYYY-MM-DD`. */
  @Column({ type: "date" })
  producedOn!: string;

  @Column({ type: "date", nullable: true })
  bestBefore!: string | null;

  /** Packages in the batch (in `unit`); the copy alarm compares openings with it. */
  @Column({ type: "integer" })
  quantity!: number;

  @Column({ type: "varchar", length: 32 })
  unit!: string;

  @Column({ type: "jsonb" })
  inputs!: StoredInput[];

  @Column({ type: "text", nullable: true })
  note!: string | null;

  /** Events appended so far (the next one gets seq = eventCount + 1). */
  @Column({ type: "integer", default: 0 })
  eventCount!: number;

  /** Openings of the trace page, one per visitor and day. */
  @Column({ type: "integer", default: 0 })
  opens!: number;

  /** When the copy alarm went out (opens passed 3 × quantity); set once. */
  @Column({ type: "timestamptz", nullable: true })
  copyAlarmAt!: Date | null;
}
