import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * Sign-in counters shared by every API process (the table `rate-limiter-flexible`'s PostgreSQL store reads):
 * `key` is `<prefix>:<ip or email>`, `expire` the end of its window in ms since the epoch.
 */
@Entity("login_attempt")
export class LoginAttempt {
  @PrimaryColumn({ type: "varchar", length: 255 })
  key!: string;

  @Column({ type: "integer", default: 0 })
  points!: number;

  @Column({ type: "bigint", nullable: true })
  expire!: string | null;
}
