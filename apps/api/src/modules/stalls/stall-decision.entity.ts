import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { AdminDecision } from "../users/admin-decision.entity";
import { Stall } from "./stall.entity";

export type StallAction = "approve" | "reject" | "suspend" | "reinstate";

/** One admin decision on a stall (approve, reject, suspend, reinstate). */
@Entity("stall_decision")
export class StallDecision extends AdminDecision<StallAction> {
  @Index()
  @Column({ type: "uuid" })
  stallId!: string;

  @ManyToOne(() => Stall, { onDelete: "CASCADE" })
  @JoinColumn({ name: "stall_id" })
  stall?: Stall;
}
