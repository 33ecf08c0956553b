import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { User } from "../users/user.entity";
import { Stall } from "./stall.entity";

export type StallAction = "approve" | "reject" | "suspend" | "reinstate";

/** One admin decision on a stall: who, what, why, when (`created_at`). Append-only. */
@Entity("stall_decision")
export class StallDecision extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  stallId!: string;

  @ManyToOne(() => Stall, { onDelete: "CASCADE" })
  @JoinColumn({ name: "stall_id" })
  stall?: Stall;

  @Column({ type: "uuid" })
  adminId!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "admin_id" })
  admin?: User;

  @Column({ type: "varchar", length: 16 })
  action!: StallAction;

  @Column({ type: "text", nullable: true })
  reason!: string | null;
}
