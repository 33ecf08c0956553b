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
@Check("CHK_stall_grant_days", `"days" BETWEEN 1 AND 365`)
@Check("CHK_stall_grant_consent_method", `"consent_method" IN ('code', 'witnessed')`)
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

  /** How long the grant lasts once consented (1–365 days); `expiresAt` is moved to consent + days. */
  @Column({ type: "integer", default: 180 })
  days!: number;

  /** HMAC of the 6-digit consent code (the code itself is derived again from the nonce only to send it). */
  @Column({ type: "varchar", length: 64, nullable: true, select: false })
  consentCodeHash!: string | null;

  @Column({ type: "varchar", length: 32, nullable: true, select: false })
  consentNonce!: string | null;

  /** Wrong codes so far; 5 lock the grant (a helper asks again, or an admin witnesses a paper consent). */
  @Column({ type: "integer", default: 0 })
  consentAttempts!: number;

  /** The code is refused after this. */
  @Column({ type: "timestamptz", nullable: true })
  consentExpiresAt!: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  consentedAt!: Date | null;

  /** How the owner consented: the code they received, or a paper consent an admin witnessed. */
  @Column({ type: "varchar", length: 16, nullable: true })
  consentMethod!: "code" | "witnessed" | null;

  @Column({ type: "timestamptz", nullable: true })
  revokedAt!: Date | null;

  /** Who revoked it: the owner, an admin ending a helper, or the helper asking again (superseded). */
  @Column({ type: "uuid", nullable: true })
  revokedById!: string | null;
}
