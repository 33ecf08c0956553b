import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { User } from "../users/user.entity";

/**
 * A user an admin made a helper for an organisation (a commune's community digital-technology team, a youth-union
 * branch…). Ending it (`endedAt`) keeps the row: who helped whom stays readable. One open membership per user.
 */
@Entity("helper")
@Index("UQ_helper_open_user", ["userId"], { unique: true, where: `"ended_at" IS NULL` })
export class Helper extends BaseEntity {
  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column({ type: "varchar", length: 160 })
  organisation!: string;

  /** The admin who made the user a helper. */
  @Column({ type: "uuid" })
  createdById!: string;

  @Column({ type: "timestamptz", nullable: true })
  endedAt!: Date | null;

  @Column({ type: "uuid", nullable: true })
  endedById!: string | null;
}
