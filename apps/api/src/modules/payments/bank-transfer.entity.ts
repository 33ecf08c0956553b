import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { money } from "../../db/money";
import { User } from "../users/user.entity";
import { Payment } from "./payment.entity";

/** matched: it paid its order; unmatched: waiting for an admin; resolved: an admin decided it pays nothing here. */
export type BankTransferState = "matched" | "unmatched" | "resolved";

/** One bank notification, kept once per bank transaction id, whether or not it paid an order. */
@Entity("bank_transfer")
@Check("CHK_bank_transfer_status", `"status" IN ('matched', 'unmatched', 'resolved')`)
@Index("IDX_bank_transfer_status", ["status", "createdAt"])
// Partial unique index (one match per payment), made by the migration.
@Index("UQ_bank_transfer_payment", { synchronize: false })
export class BankTransfer extends BaseEntity {
  @Index("UQ_bank_transfer_transaction_id", { unique: true })
  @Column({ type: "varchar", length: 64 })
  transactionId!: string;

  /** đồng */
  @Column({ type: "bigint", transformer: money })
  amount!: number;

  /** The transfer content as the bank reported it. */
  @Column({ type: "varchar", length: 500 })
  content!: string;

  @Column({ type: "timestamptz" })
  transactedAt!: Date;

  @Column({ type: "varchar", length: 12 })
  status!: BankTransferState;

  /** Why it was not matched automatically. */
  @Column({ type: "varchar", length: 200, nullable: true })
  reason!: string | null;

  @Column({ type: "uuid", nullable: true })
  paymentId!: string | null;

  @ManyToOne(() => Payment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "payment_id", foreignKeyConstraintName: "FK_bank_transfer_payment" })
  payment?: Payment;

  /** The admin who matched or resolved it by hand, when, and why. */
  @Column({ type: "uuid", nullable: true })
  matchedById!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "matched_by_id", foreignKeyConstraintName: "FK_bank_transfer_matched_by" })
  matchedBy?: User;

  @Column({ type: "timestamptz", nullable: true })
  matchedAt!: Date | null;

  @Column({ type: "varchar", length: 500, nullable: true })
  matchNote!: string | null;

  @Column({ type: "jsonb" })
  raw!: Record<string, unknown>;
}
