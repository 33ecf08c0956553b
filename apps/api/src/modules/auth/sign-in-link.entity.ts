import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { User } from "../users/user.entity";

export type LinkPurpose = "sign_in" | "password_reset";

/**
 * A one-time sign-in link mailed to the owner of an account under attack: valid 30 minutes, once. Only the
 * SHA-256 of its token is stored; the token itself is derived from the id with the server's secret when mailed.
 */
@Entity("sign_in_link")
@Check("CHK_sign_in_link_purpose", `"purpose" IN ('sign_in', 'password_reset')`)
export class SignInLink extends BaseEntity {
  /** `sign_in`: signs in once (an account under attack); `password_reset`: lets its owner set a new password once. */
  @Column({ type: "varchar", length: 16, default: "sign_in" })
  purpose!: LinkPurpose;

  @Index()
  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  /** hex SHA-256 of the token. */
  @Column({ type: "char", length: 64, unique: true })
  tokenHash!: string;

  @Column({ type: "timestamptz" })
  expiresAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  usedAt!: Date | null;
}
