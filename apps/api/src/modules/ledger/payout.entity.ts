import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { money } from "../../db/money";
import { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";

/** Money paid out to a stall (bank transfer made by an admin), never above its available balance. */
@Entity("payout")
@Check("CHK_payout_amount", `"amount" > 0`)
export class Payout extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  stallId!: string;

  @ManyToOne(() => Stall, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stall_id" })
  stall?: Stall;

  /** đồng */
  @Column({ type: "bigint", transformer: money })
  amount!: number;

  /** The bank transfer's reference. */
  @Column({ type: "varchar", length: 100 })
  reference!: string;

  @Column({ type: "uuid" })
  createdBy!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by" })
  creator?: User;
}
