import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { money } from "../../db/money";
import { Order } from "../orders/order.entity";

/** `replaced`: the buyer chose to pay again (a new attempt, or cash on delivery); it can no longer settle the order alone. */
export type PaymentState = "pending" | "paid" | "failed" | "cancelled" | "expired" | "processing" | "replaced";

/** One online payment attempt (a VNPay TxnRef, or a bank transfer whose note is the TxnRef) for an order. Only the IPN and the reconciliation job change it. */
@Entity("payment")
@Check("CHK_payment_status", `"status" IN ('pending', 'paid', 'failed', 'cancelled', 'expired', 'processing', 'replaced')`)
@Index("IDX_payment_pending_expiry", { synchronize: false })
export class Payment extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  orderId!: string;

  @ManyToOne(() => Order, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "order_id" })
  order?: Order;

  @Column({ type: "varchar", length: 10 })
  provider!: "vnpay" | "bank";

  /** vnp_TxnRef: unique per merchant. */
  @Index("UQ_payment_txn_ref", { unique: true })
  @Column({ type: "varchar", length: 40 })
  txnRef!: string;

  /** đồng */
  @Column({ type: "bigint", transformer: money })
  amount!: number;

  @Column({ type: "varchar", length: 12 })
  status!: PaymentState;

  /** vnp_CreateDate (yyyyMMddHHmmss, GMT+7): querydr and refunds need it. */
  @Column({ type: "varchar", length: 14 })
  createDate!: string;

  @Column({ type: "timestamptz" })
  expiresAt!: Date;

  @Column({ type: "varchar", length: 20, nullable: true })
  transactionNo!: string | null;

  @Column({ type: "varchar", length: 20, nullable: true })
  bankCode!: string | null;

  /** vnp_PayDate (yyyyMMddHHmmss, GMT+7) */
  @Column({ type: "varchar", length: 14, nullable: true })
  payDate!: string | null;

  @Column({ type: "varchar", length: 4, nullable: true })
  responseCode!: string | null;

  /** The IPN (or querydr answer) that settled it, as received. */
  @Column({ type: "jsonb", nullable: true })
  raw!: Record<string, string> | null;

  @Column({ type: "timestamptz", nullable: true })
  paidAt!: Date | null;
}
