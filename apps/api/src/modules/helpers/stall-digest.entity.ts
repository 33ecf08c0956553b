import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";

/** The weekly digest of helpers' actions sent to a stall's owner: one row per stall and week, so it goes out exactly once. */
@Entity("stall_digest")
export class StallDigest {
  @PrimaryColumn({ type: "uuid" })
  stallId!: string;

  /** The Monday (GMT+7) the digested week began. */
  @PrimaryColumn({ type: "date" })
  weekStart!: string;

  /** How many audit rows the digest summed up. */
  @Column({ type: "integer" })
  actions!: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
