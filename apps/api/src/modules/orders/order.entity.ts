import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import type { PaymentMethod, PaymentStatus, ShippingAddress, StallOrderStatus } from "@chophien/contracts";
import { BaseEntity } from "../../db/base.entity";
import { money } from "../../db/money";
import { User } from "../users/user.entity";

/** One checkout: the buyer's address and payment, holding one stall order per stall. Table `customer_order` (`order` is reserved). */
@Entity("customer_order")
@Check("CHK_order_deal", `(deal_offer_id IS NULL) = (deal_delivery IS NULL)`)
// One order per delivery of an award (an expression index, written by its migration).
@Index("UQ_order_deal_delivery", { synchronize: false })
export class Order extends BaseEntity {
  /** Human code such as CP-20261128-7Q4K-9XZ2 (date in GMT+7, 40 random bits; older codes have 4 random characters). */
  @Index("UQ_order_code", { unique: true })
  @Column({ type: "varchar", length: 24 })
  code!: string;

  @Index()
  @Column({ type: "uuid" })
  buyerId!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "buyer_id" })
  buyer?: User;

  @Column({ type: "jsonb" })
  shippingAddress!: ShippingAddress;

  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Column({ type: "varchar", length: 16 })
  paymentMethod!: PaymentMethod;

  @Column({ type: "varchar", length: 20 })
  paymentStatus!: PaymentStatus;

  /** Derived from the stall orders (the least advanced one that is not cancelled). */
  @Index()
  @Column({ type: "varchar", length: 20 })
  status!: StallOrderStatus;

  /** đồng */
  @Column({ type: "bigint", transformer: money })
  subtotal!: number;

  /** đồng */
  @Column({ type: "bigint", transformer: money })
  shippingTotal!: number;

  /** đồng the vouchers took off (goods and shipping; the stall orders' `discount` add up to it) */
  @Column({ type: "bigint", transformer: money, default: 0 })
  discountTotal!: number;

  /** đồng: subtotal + shipping (both after vouchers), what the buyer pays */
  @Column({ type: "bigint", transformer: money })
  grandTotal!: number;

  /** The live session it was bought in (`modules/live`), with the offer's code; null for ordinary orders. */
  @Index()
  @Column({ type: "uuid", nullable: true })
  liveSessionId!: string | null;

  @Column({ type: "varchar", length: 4, nullable: true })
  liveOfferCode!: string | null;

  /** Made from an award on the supply–demand board (`modules/demands`): the offer and this order's delivery. */
  @Column({ type: "uuid", nullable: true })
  dealOfferId!: string | null;

  @Column({ type: "jsonb", nullable: true })
  dealDelivery!: DealDelivery | null;
}

/** Which delivery of an award an order is: the n-th of `of`, in its window (days, GMT+7) when the schedule has one. */
export interface DealDelivery {
  no: number;
  of: number;
  from: string | null;
  to: string | null;
}
