import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * How many live uses one buyer holds of one voucher: moved only by an upsert guarded by `used < per_user_limit`
 * inside the checkout transaction (and back down when a cancelled unpaid order releases its use).
 */
@Entity("voucher_user_use")
export class VoucherUserUse {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "PK_voucher_user_use" })
  voucherId!: string;

  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "PK_voucher_user_use" })
  userId!: string;

  @Column({ type: "integer", default: 0 })
  used!: number;
}
