import { Check, Column, Entity, Index } from "typeorm";
import type { Role } from "@chophien/contracts";
import { BaseEntity } from "../../db/base.entity";

/** A person with an account: shopper, seller (owns an approved stall) or admin. Table `app_user` (`user` is reserved in SQL). */
@Entity("app_user")
@Check("CHK_app_user_role", `"role" IN ('shopper', 'seller', 'admin')`)
@Check("CHK_app_user_email_lower", `"email" = lower("email")`)
export class User extends BaseEntity {
  /** Always stored lower-case; unique. */
  @Index("UQ_app_user_email", { unique: true })
  @Column({ type: "varchar", length: 254 })
  email!: string;

  /** `scrypt$N$r$p$salt$hash`; never leaves the server. */
  @Column({ type: "text", select: false })
  passwordHash!: string;

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
