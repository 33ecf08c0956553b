import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import type { StallGrantStatus, StallScope } from "@chophien/contracts";
import { BaseEntity } from "../../db/base.entity";
import { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";

/**
 * A stall owner's permission for a helper to act for the stall within some scopes until `expiresAt`.
 * Read on every request that uses it (never cached), so a revocation or expiry applies to the very next request.
 */
@Entity("stall_grant")
@Check("CHK_stall_grant_status", `"status" IN ('awaiting_consent', 'active', 'revoked', 'expired')`)
@Index("IDX_stall_grant_stall_helper", ["stallId", "helperId"])
export class StallGrant extends BaseEntity {
  @Column({ type: "uuid" })
  stallId!: string;

  @ManyToOne(() => Stall, { onDelete: "CASCADE" })
  @JoinColumn({ name: "stall_id" })
  stall?: Stall;

  @Index()
  @Column({ type: "uuid" })
  helperId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "helper_id" })
  helper?: User;

  /** Which of `STALL_SCOPES` the helper may use. */
  @Column({ type: "text", array: true })
  scopes!: StallScope[];

  @Column({ type: "varchar", length: 20 })
  status!: StallGrantStatus;

  /** After this instant the grant no longer lets anything through, whatever its status says. */
  @Column({ type: "timestamptz" })
  expiresAt!: Date;
}
