import { Column, Entity, Index } from "typeorm";
import { BaseEntity } from "../../db/base.entity";

/** An event to announce (mail now, more later), written in the same transaction as the change it reports. */
@Entity("outbox")
@Index("IDX_outbox_pending", { synchronize: false })
export class OutboxMessage extends BaseEntity {
  /** e.g. `order.placed`, `order.shipped` */
  @Column({ type: "varchar", length: 40 })
  topic!: string;

  @Column({ type: "jsonb" })
  payload!: Record<string, unknown>;

  @Column({ type: "timestamptz", nullable: true })
  processedAt!: Date | null;

  @Column({ type: "integer", default: 0 })
  attempts!: number;

  @Column({ type: "text", nullable: true })
  lastError!: string | null;
}
