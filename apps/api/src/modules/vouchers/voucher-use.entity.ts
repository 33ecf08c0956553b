import { Column, Entity, Index } from "typeorm";
import { BaseEntity } from "../../db/base.entity";

/** One use of a voucher by one order; `released_at` set once when an unpaid order is cancelled. */
@Entity("voucher_use")
@Index("UQ_voucher_use_order", ["voucherId", "orderId"], { unique: true })
@Index("IDX_voucher_use_user", ["voucherId", "userId"])
export class VoucherUse extends BaseEntity {
  @Column({ type: "uuid" })
  voucherId!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @Column({ type: "uuid" })
  orderId!: string;

  /** đồng this voucher took off the order */
  @Column({ type: "integer" })
  discount!: number;

  @Column({ type: "timestamptz", nullable: true })
  releasedAt!: Date | null;
}
