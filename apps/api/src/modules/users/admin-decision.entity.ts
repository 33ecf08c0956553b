import { Column, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { User } from "./user.entity";

/**
 * The columns of one admin decision on something (a stall, a product): who, what, why, when (`created_at`).
 * Append-only; each subclass adds the row it is about.
 */
export abstract class AdminDecision<Action extends string> extends BaseEntity {
  @Column({ type: "uuid" })
  adminId!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "admin_id" })
  admin?: User;

  @Column({ type: "varchar", length: 16 })
  action!: Action;

  @Column({ type: "text", nullable: true })
  reason!: string | null;
}
