import { Check, Column, Entity, Index } from "typeorm";
import type { Role } from "@chophien/contracts";
import { BaseEntity } from "../../db/base.entity";

/** A person with an account: shopper, seller (owns an approved stall) or admin. Table `app_user` (`user` is reserved in SQL). */
@Entity("app_user")
@Check("CHK_app_user_role", `"role" IN ('shopper', 'seller', 'admin')`)
@Check("CHK_app_user_email_lower", `"email" = lower("email")`)
@Check("CHK_app_user_identifier", `"email" IS NOT NULL OR "phone_e164" IS NOT NULL OR "guest_phone_e164" IS NOT NULL`)
@Check("CHK_app_user_phone_e164", `"phone_e164" IS NULL OR "phone_e164" ~ '^\\+[1-9][0-9]{6,14}$'`)
export class User extends BaseEntity {
  /** Always stored lower-case; unique. Null for an account that lives on its phone number alone. */
  @Index("UQ_app_user_email", { unique: true })
  @Column({ type: "varchar", length: 254, nullable: true })
  email!: string | null;

  /** `scrypt$N$r$p$salt$hash`; never leaves the server. Null: no password (SMS sign-in, or not claimed yet). */
  @Column({ type: "text", select: false, nullable: true })
  passwordHash!: string | null;

  /** The verified sign-in number in E.164 (`+84905123456`); unique. Not the same as `phone`, the contact number. */
  @Index("UQ_app_user_phone_e164", { unique: true })
  @Column({ type: "varchar", length: 16, nullable: true })
  phoneE164!: string | null;

  /** When the owner proved `phoneE164` with a code; null until then. */
  @Column({ type: "timestamptz", nullable: true })
  phoneVerifiedAt!: Date | null;

  /**
   * Set only on a guest buyer (checked out with a name and phone, no way to sign in): the number in E.164; unique.
   * Whoever proves that number by SMS code takes over its orders.
   */
  @Index("UQ_app_user_guest_phone_e164", { unique: true })
  @Column({ type: "varchar", length: 16, nullable: true })
  guestPhoneE164!: string | null;

  @Column({ type: "varchar", length: 120 })
  fullName!: string;

  @Column({ type: "varchar", length: 20, nullable: true })
  phone!: string | null;

  @Column({ type: "varchar", length: 16 })
  role!: Role;

  /** Carried in access tokens as `ver`; bumping it (password change) invalidates every access token issued before. */
  @Column({ type: "integer", default: 0 })
  tokenVersion!: number;
}
