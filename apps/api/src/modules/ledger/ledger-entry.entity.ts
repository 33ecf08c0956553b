import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { money } from "../../db/money";
import { Stall } from "../stalls/stall.entity";

export type LedgerKind = "sale" | "cod_collected" | "commission" | "platform_voucher" | "refund" | "payout" | "adjustment";

/**
 * An append-only line of what the platform owes a stall (đồng, signed: sales +, commission/refunds/payouts −,
 * `cod_collected` − for cash on delivery the stall's own carrier collected). A stall's balance is always the sum
 * of its entries; nothing is ever updated or deleted. The model, with examples: docs/payments.md.
 */
@Entity("ledger_entry")
@Check(
  "CHK_ledger_kind",
  `"kind" IN ('sale', 'cod_collected', 'commission', 'platform_voucher', 'refund', 'payout', 'adjustment')`,
)
@Index("UQ_ledger_once_per_stall_order", { synchronize: false })
export class LedgerEntry extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  stallId!: string;

  @ManyToOne(() => Stall, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stall_id" })
  stall?: Stall;

  @Column({ type: "varchar", length: 20 })
  kind!: LedgerKind;

  /** đồng, signed */
  @Column({ type: "bigint", transformer: money })
  amount!: number;

  @Column({ type: "uuid", nullable: true })
  stallOrderId!: string | null;

  @Column({ type: "uuid", nullable: true })
  payoutId!: string | null;

  @Column({ type: "uuid", nullable: true })
  refundId!: string | null;

  @Column({ type: "text", nullable: true })
  note!: string | null;
}
