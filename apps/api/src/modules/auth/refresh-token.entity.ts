import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { User } from "../users/user.entity";

/** Why a refresh token stopped working. */
export type RevokedReason = "rotated" | "reuse_detected" | "logout" | "password_changed";

/** One issued refresh token (stored as a SHA-256 hash). Tokens rotated from one login share a family. */
@Entity("refresh_token")
export class RefreshToken extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Index()
  @Column({ type: "uuid" })
  familyId!: string;

  /** hex SHA-256 of the token; the token itself is never stored. */
  @Column({ type: "char", length: 64, unique: true })
  tokenHash!: string;

  @Column({ type: "timestamptz" })
  expiresAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  revokedAt!: Date | null;

  @Column({ type: "varchar", length: 32, nullable: true })
  revokedReason!: RevokedReason | null;
}
