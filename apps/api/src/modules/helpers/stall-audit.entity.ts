import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * One write made for a stall by someone acting under a grant: who, for which stall, under which grant, what
 * (route and target id) and the change (before/after of the changed fields). Append-only: a trigger refuses
 * UPDATE and DELETE, and the row is written in the same transaction as the change it records.
 */
@Entity("stall_audit")
@Index("IDX_stall_audit_stall_at", ["stallId", "at"])
export class StallAudit {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  /** No foreign keys: the record outlives the stall, the user and the grant it names. */
  @Column({ type: "uuid" })
  stallId!: string;

  @Index()
  @Column({ type: "uuid" })
  actorId!: string;

  @Column({ type: "uuid", nullable: true })
  grantId!: string | null;

  /** The route as declared, e.g. `PATCH /seller/products/:id`. */
  @Column({ type: "varchar", length: 200 })
  route!: string;

  @Column({ type: "uuid", nullable: true })
  targetId!: string | null;

  /** The changed fields before the write (null for a creation). */
  @Column({ type: "jsonb", nullable: true })
  before!: Record<string, unknown> | null;

  /** The changed fields after the write (null for a deletion). */
  @Column({ type: "jsonb", nullable: true })
  after!: Record<string, unknown> | null;

  @CreateDateColumn({ type: "timestamptz" })
  at!: Date;
}
