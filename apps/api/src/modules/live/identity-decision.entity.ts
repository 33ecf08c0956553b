import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { AdminDecision } from "../users/admin-decision.entity";
import { User } from "../users/user.entity";

export type IdentityAction = "verify";

/**
 * An admin's check of a user's identity (the E-commerce Law requires it of livestreamers since 2026-07-01):
 * who checked, which document, their note (`reason`), when. A session starts only when its host has one.
 */
@Entity("identity_decision")
export class IdentityDecision extends AdminDecision<IdentityAction> {
  @Index()
  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column({ type: "varchar", length: 16 })
  documentType!: string;
}
