import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * Sign-in attempts against one account from every client together (the per-account back-off), shared by every
 * API process. A successful sign-in deletes the row; it is also forgotten after a quiet spell.
 */
@Entity("account_lockout")
export class AccountLockout {
  /** `<prefix>` + base64url SHA-256 of the lower-cased email (no addresses in the table). */
  @PrimaryColumn({ type: "varchar", length: 100 })
  emailKey!: string;

  /** Attempts since the last success (each counted before its password is checked). */
  @Column({ type: "integer" })
  failures!: number;

  @Column({ type: "timestamptz" })
  lastAttemptAt!: Date;

  /** When the owner was mailed a sign-in link for this run of failures; null until then. */
  @Column({ type: "timestamptz", nullable: true })
  alertedAt!: Date | null;
}
