import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * A session (refresh-token family, the `sid` of its access tokens) ended before its access tokens expire: by
 * sign-out, a password change or a detected refresh-token theft. Kept until the last such token has expired.
 */
@Entity("revoked_session")
export class RevokedSession {
  @PrimaryColumn({ type: "uuid" })
  sid!: string;

  /** When the last access token of this session expires; the row is useless (and pruned) after it. */
  @Index()
  @Column({ type: "timestamptz" })
  expiresAt!: Date;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
