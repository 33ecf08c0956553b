import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import type { StallStatus } from "@chophien/contracts";
import { BaseEntity } from "../../db/base.entity";
import type { ImageRef } from "../../lib/images/image-processor";
import { User } from "../users/user.entity";

export type BusinessType = "household" | "cooperative" | "company" | "individual";

/** A young producer's stall. Public only while `approved`; nothing is ever deleted. */
@Entity("stall")
@Check("CHK_stall_status", `"status" IN ('pending', 'approved', 'rejected', 'suspended')`)
@Check("CHK_stall_business_type", `"business_type" IN ('household', 'cooperative', 'company', 'individual')`)
@Index("IDX_stall_search_name_trgm", { synchronize: false })
export class Stall extends BaseEntity {
  /** One stall per user. */
  @Index("UQ_stall_owner", { unique: true })
  @Column({ type: "uuid" })
  ownerId!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "owner_id" })
  owner?: User;

  /** From the name without diacritics; `-2`, `-3` … on clashes. */
  @Index("UQ_stall_slug", { unique: true })
  @Column({ type: "varchar", length: 100 })
  slug!: string;

  @Column({ type: "varchar", length: 120 })
  name!: string;

  /** Folded (no diacritics, lower-case) name, for search. */
  @Column({ type: "text", select: false })
  searchName!: string;

  /** Who they are and what they make. */
  @Column({ type: "text" })
  story!: string;

  @Column({ type: "text", nullable: true })
  description!: string | null;

  /** Province slug (one of the 34 since 2025-07-01). */
  @Index()
  @Column({ type: "varchar", length: 32 })
  province!: string;

  @Column({ type: "varchar", length: 255 })
  address!: string;

  @Column({ type: "varchar", length: 20 })
  phone!: string;

  /** The seller opted in to show `phone` on the public stall page (hidden otherwise). */
  @Column({ type: "boolean", default: false })
  contactPublic!: boolean;

  /** The phone also takes Zalo messages: the public page offers a zalo.me link. */
  @Column({ type: "boolean", default: false })
  contactZalo!: boolean;

  @Column({ type: "varchar", length: 16 })
  businessType!: BusinessType;

  @Column({ type: "varchar", length: 64, nullable: true })
  businessRegistrationNo!: string | null;

  @Column({ type: "smallint", nullable: true })
  founderBirthYear!: number | null;

  @Index()
  @Column({ type: "varchar", length: 16, default: "pending" })
  status!: StallStatus;

  /** The admin's reason for the latest rejection or suspension; cleared on approval. */
  @Column({ type: "text", nullable: true })
  statusReason!: string | null;

  /** Per-stall commission override in basis points; null = the platform default. */
  @Column({ type: "integer", nullable: true })
  commissionRateBps!: number | null;

  @Column({ type: "jsonb", nullable: true })
  logo!: ImageRef | null;

  @Column({ type: "jsonb", nullable: true })
  banner!: ImageRef | null;

  @Column({ type: "timestamptz", nullable: true })
  approvedAt!: Date | null;
}
