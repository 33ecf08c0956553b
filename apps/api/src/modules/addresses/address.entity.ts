import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { User } from "../users/user.entity";

/** A delivery address kept in a shopper's account (at most 10 each; exactly one default among them). */
@Entity("saved_address")
// The account's list reads this index.
@Index("IDX_saved_address_user", ["userId"])
// One default per user, held by the database even if two requests flip it at once.
@Index("UQ_saved_address_default", ["userId"], { unique: true, where: `"is_default"` })
export class SavedAddress extends BaseEntity {
  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column({ type: "varchar", length: 120 })
  fullName!: string;

  @Column({ type: "varchar", length: 20 })
  phone!: string;

  /** Province slug (one of the 34 since 2025-07-01). */
  @Column({ type: "varchar", length: 60 })
  province!: string;

  /** Only for addresses written before 2025-07-01; districts no longer exist. */
  @Column({ type: "varchar", length: 120, nullable: true })
  district!: string | null;

  @Column({ type: "varchar", length: 120 })
  ward!: string;

  @Column({ type: "varchar", length: 255 })
  street!: string;

  @Column({ type: "boolean", default: false })
  isDefault!: boolean;
}
