import { Column, Entity, Index } from "typeorm";
import type { StallOrderStatus } from "@chophien/contracts";
import { BaseEntity } from "../../db/base.entity";

export type Actor = "buyer" | "seller" | "admin" | "system";

/** One step of an order's timeline: who moved which stall order from what to what, and why. Append-only. */
@Entity("order_event")
export class OrderEvent extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  orderId!: string;

  @Column({ type: "uuid", nullable: true })
  stallOrderId!: string | null;

  /** null for the system */
  @Column({ type: "uuid", nullable: true })
  actorId!: string | null;

  @Column({ type: "varchar", length: 10 })
  actor!: Actor;

  @Column({ type: "varchar", length: 20, nullable: true })
  fromStatus!: StallOrderStatus | null;

  @Column({ type: "varchar", length: 20 })
  toStatus!: StallOrderStatus;

  @Column({ type: "text", nullable: true })
  note!: string | null;
}
