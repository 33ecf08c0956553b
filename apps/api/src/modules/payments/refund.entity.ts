import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { money } from "../../db/money";
import { StallOrder } from "../orders/stall-order.entity";
import { Payment } from "./payment.entity";

export type RefundState = "pending" | "succeeded" | "failed";

/**
 * Money going back to the buyer for one cancelled, paid stall order — or the whole of a second payment for an order
 * already paid (no stall order) — retried until the gateway accepts it.
 */
@Entity("refund")
@Index("UQ_refund_duplicate_payment", { synchronize: false })
@Check("CHK_refund_status", `"status" IN ('pending', 'succeeded', 'failed')`)
@Check("CHK_refund_amount", `"amount" > 0`)
export class Refund extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  paymentId!: string;

  @ManyToOne(() => Payment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "payment_id" })
  payment?: Payment;

  /** One refund per stall order; null for a second payment given back whole (one per payment). */
  @Index("UQ_refund_stall_order", { unique: true })
  @Column({ type: "uuid", nullable: true })
  stallOrderId!: string | null;

  @ManyToOne(() => StallOrder, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stall_order_id" })
  stallOrder?: StallOrder;

  /** đồng */
  @Column({ type: "bigint", transformer: money })
  amount!: number;

  /** VNPay vnp_TransactionType: 02 full, 03 partial. */
  @Column({ type: "char", length: 2 })
  transactionType!: "02" | "03";

  @Index()
  @Column({ type: "varchar", length: 10 })
  status!: RefundState;

  @Column({ type: "integer", default: 0 })
  attempts!: number;

  @Column({ type: "varchar", length: 4, nullable: true })
  responseCode!: string | null;

  /** The gateway's last answer, as received. */
  @Column({ type: "jsonb", nullable: true })
  raw!: Record<string, string> | null;

  @Column({ type: "text", nullable: true })
  lastError!: string | null;

  /** When the gateway accepted it. */
  @Column({ type: "timestamptz", nullable: true })
  settledAt!: Date | null;
}
