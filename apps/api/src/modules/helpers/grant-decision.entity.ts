import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { AdminDecision } from "../users/admin-decision.entity";
import { StallGrant } from "./stall-grant.entity";

export type GrantAction = "witness";

/** An admin's decision on a grant: a witnessed paper consent for a producer without phone or mail (`reason` = the note). */
@Entity("grant_decision")
export class GrantDecision extends AdminDecision<GrantAction> {
  @Index()
  @Column({ type: "uuid" })
  grantId!: string;

  @ManyToOne(() => StallGrant, { onDelete: "CASCADE" })
  @JoinColumn({ name: "grant_id" })
  grant?: StallGrant;
}
