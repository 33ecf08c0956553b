import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { User } from "../users/user.entity";

/**
 * A one-time sign-in link mailed to the owner of an account under attack: valid 30 minutes, once. Only the
 * SHA-256 of its token is stored; the token itself is derived from the id with the server's secret when mailed.
 */
@Entity("sign_in_link")
export class SignInLink extends BaseEntity {
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
