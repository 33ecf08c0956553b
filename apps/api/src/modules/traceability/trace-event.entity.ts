import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import type { ImageRef } from "../../lib/images/image-processor";
import { Batch } from "./batch.entity";

/**
 * One step in a batch's story. Append-only: no route edits or deletes it, and a trigger refuses UPDATE and DELETE
 * in the database too. `hash` chains it to the previous event (see chain.ts).
 */
@Entity("trace_event")
@Index("UQ_trace_event_batch_seq", ["batchId", "seq"], { unique: true })
export class TraceEvent extends BaseEntity {
  @Column({ type: "uuid" })
  batchId!: string;

  @ManyToOne(() => Batch, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "batch_id" })
  batch?: Batch;

  @Column({ type: "integer" })
  seq!: number;

  @Column({ type: "varchar", length: 16 })
  type!: string;

  @Column({ type: "timestamptz" })
  occurredAt!: Date;

  /** The market's clock when it was appended (hashed; `createdAt` is the row's own bookkeeping). */
  @Column({ type: "timestamptz" })
  recordedAt!: Date;

  @Column({ type: "text", nullable: true })
  place!: string | null;

  @Column({ type: "text" })
  note!: string;

  @Column({ type: "jsonb", nullable: true })
  photo!: ImageRef | null;

  @Column({ type: "char", length: 64 })
  prevHash!: string;

  @Index("UQ_trace_event_hash", { unique: true })
  @Column({ type: "char", length: 64 })
  hash!: string;
}
