import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { Batch } from "./batch.entity";

/** A shopper's "báo cáo vấn đề" about a batch, for the admins' inbox. */
@Entity("trace_report")
@Index("IDX_trace_report_created", ["createdAt"])
export class TraceReport extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  batchId!: string;

  @ManyToOne(() => Batch, { onDelete: "CASCADE" })
  @JoinColumn({ name: "batch_id" })
  batch?: Batch;

  @Column({ type: "text" })
  message!: string;

  /** A phone or email the shopper left to be answered at, if any. */
  @Column({ type: "varchar", length: 120, nullable: true })
  contact!: string | null;
}
