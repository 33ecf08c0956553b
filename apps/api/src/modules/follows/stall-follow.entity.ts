import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";

/** A shopper follows a stall: its live sessions are mailed to her. One row per (user, stall). */
@Entity("stall_follow")
@Index("UQ_stall_follow_user_stall", ["userId", "stallId"], { unique: true })
// The mail to every follower of a stall, and its follower count, read this index.
@Index("IDX_stall_follow_stall", ["stallId"])
export class StallFollow extends BaseEntity {
  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column({ type: "uuid" })
  stallId!: string;

  @ManyToOne(() => Stall, { onDelete: "CASCADE" })
  @JoinColumn({ name: "stall_id" })
  stall?: Stall;
}
