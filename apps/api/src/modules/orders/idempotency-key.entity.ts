import { Column, Entity, Index } from "typeorm";
import { BaseEntity } from "../../db/base.entity";

/** A checkout's Idempotency-Key per user: the same key and body give the same order; another body is refused. */
@Entity("idempotency_key")
@Index("UQ_idempotency_user_key", ["userId", "key"], { unique: true })
export class IdempotencyKey extends BaseEntity {
  @Column({ type: "uuid" })
  userId!: string;

  @Column({ type: "varchar", length: 100 })
  key!: string;

  /** SHA-256 of the canonical request body */
  @Column({ type: "char", length: 64 })
  requestHash!: string;

  @Column({ type: "uuid" })
  orderId!: string;
}
