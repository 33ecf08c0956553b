import { Column, Entity, Index } from "typeorm";
import { BaseEntity } from "../../db/base.entity";

/**
 * A voucher: platform-owned (`stall_id` null) or a stall's. `code` is stored upper-case and unique per owner.
 * `used` is a counter moved only by guarded UPDATEs (`used < total_quantity`), never read-then-write.
 */
@Entity("voucher")
@Index("UQ_voucher_owner_code", ["ownerKey", "code"], { unique: true })
export class Voucher extends BaseEntity {
  @Column({ type: "uuid", nullable: true })
  stallId!: string | null;

  /** the stall id, or "platform": one unique index covers both owners */
  @Column({ type: "varchar", length: 40 })
  ownerKey!: string;

  @Column({ type: "varchar", length: 32 })
  code!: string;

  @Column({ type: "varchar", length: 16 })
  kind!: "percent" | "fixed" | "free_shipping";

  @Column({ type: "integer" })
  value!: number;

  @Column({ type: "integer", nullable: true })
  maxDiscount!: number | null;

  @Column({ type: "integer", default: 0 })
  minSubtotal!: number;

  @Column({ type: "timestamptz" })
  startsAt!: Date;

  @Column({ type: "timestamptz" })
  endsAt!: Date;

  @Column({ type: "integer", nullable: true })
  totalQuantity!: number | null;

  @Column({ type: "integer", default: 1 })
  perUserLimit!: number;

  @Column({ type: "uuid", array: true, default: () => "'{}'" })
  categoryIds!: string[];

  @Column({ type: "uuid", array: true, default: () => "'{}'" })
  productIds!: string[];

  @Column({ type: "varchar", length: 16, default: "active" })
  status!: "active" | "paused";

  @Column({ type: "integer", default: 0 })
  used!: number;

  @Column({ type: "uuid" })
  createdById!: string;
}
