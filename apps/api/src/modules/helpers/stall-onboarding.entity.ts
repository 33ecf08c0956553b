import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";

/**
 * A stall a helper set up for a producer (`POST /api/helper/stalls`): who helped, and the producer's claim link
 * (its token is derived from the server secret and this row's id; only its hash is kept). Admins see who helped.
 */
@Entity("stall_onboarding")
export class StallOnboarding extends BaseEntity {
  @Index("UQ_stall_onboarding_stall", { unique: true })
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

  /** The producer's account, created without a password. */
  @Column({ type: "uuid" })
  ownerId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "owner_id" })
  owner?: User;

  /** sha256 of the claim token (hex). */
  @Index("UQ_stall_onboarding_claim", { unique: true })
  @Column({ type: "varchar", length: 64 })
  claimTokenHash!: string;

  @Column({ type: "timestamptz" })
  claimExpiresAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  claimedAt!: Date | null;
}
