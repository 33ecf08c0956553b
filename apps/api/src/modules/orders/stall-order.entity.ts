import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import type { StallOrderStatus } from "@chophien/contracts";
import { BaseEntity } from "../../db/base.entity";
import { money } from "../../db/money";
import { Stall } from "../stalls/stall.entity";
import { Order } from "./order.entity";

/** The part of an order one stall fulfils, with its own status machine, fee and commission. */
@Entity("stall_order")
@Check(
  "CHK_stall_order_status",
  `"status" IN ('awaiting_payment', 'placed', 'confirmed', 'shipped', 'delivered', 'completed', 'cancelled')`,
)
@Index("IDX_stall_order_stall_status", ["stallId", "status"])
// The dashboards: a period of the platform's orders, and of one stall's.
@Index("IDX_stall_order_created", ["createdAt"])
@Index("IDX_stall_order_stall_created", ["stallId", "createdAt"])
export class StallOrder extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  orderId!: string;

  @ManyToOne(() => Order, { onDelete: "CASCADE" })
  @JoinColumn({ name: "order_id" })
  order?: Order;

  @Column({ type: "uuid" })
  stallId!: string;

  @ManyToOne(() => Stall, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stall_id" })
  stall?: Stall;

  @Column({ type: "varchar", length: 20 })
  status!: StallOrderStatus;

  /** đồng, the items */
  @Column({ type: "bigint", transformer: money })
  subtotal!: number;

  /** đồng */
  @Column({ type: "bigint", transformer: money })
  shippingFee!: number;

  /** basis points in force when ordered */
  @Column({ type: "integer" })
  commissionRateBps!: number;

  /** đồng, the platform's share of the subtotal */
  @Column({ type: "bigint", transformer: money })
  commission!: number;

  /**
   * đồng the vouchers took off this stall order (goods and shipping); `subtotal` and `shippingFee` are already
   * after it (what the buyer pays), so the list amount is subtotal + shippingFee + discount.
   */
  @Column({ type: "bigint", transformer: money, default: 0 })
  discount!: number;

  /** đồng of `discount` the platform funds (its own vouchers): booked to the stall as `platform_voucher` on completion */
  @Column({ type: "bigint", transformer: money, default: 0 })
  platformDiscount!: number;

  @Column({ type: "varchar", length: 60, nullable: true })
  carrier!: string | null;

  @Column({ type: "varchar", length: 60, nullable: true })
  trackingNumber!: string | null;

  @Column({ type: "text", nullable: true })
  cancelReason!: string | null;

  @Column({ type: "timestamptz", nullable: true })
  deliveredAt!: Date | null;
}
