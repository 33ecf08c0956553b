import { Check, Column, Entity, Index } from "typeorm";
import { BaseEntity } from "../../db/base.entity";

/** A 6-digit sign-in code sent by SMS: its keyed hash, 5 minutes, at most 5 tries, used once. */
@Entity("otp_code")
@Check("CHK_otp_code_attempts", `"attempts" >= 0 AND "attempts" <= 5`)
@Index("IDX_otp_code_phone", ["phoneE164", "createdAt"])
export class OtpCode extends BaseEntity {
  @Column({ type: "varchar", length: 16 })
  phoneE164!: string;

  /** hex HMAC-SHA256(secret, phone + code): a database dump reveals no code. */
  @Column({ type: "varchar", length: 64 })
  codeHash!: string;

  @Column({ type: "timestamptz" })
  expiresAt!: Date;

  @Column({ type: "integer", default: 0 })
  attempts!: number;

  @Column({ type: "timestamptz", nullable: true })
  consumedAt!: Date | null;
}
