import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { LiveOffer } from "./live-offer.entity";
import { LiveSession } from "./live-session.entity";

export type LiveDraftStatus = "held" | "confirmed" | "expired";

/**
 * An order written in a comment ("A1 2 0905123456 Nguyen Van A"): its units are taken from the offer for 30
 * minutes while the buyer follows the SMS link to give an address and pay; unconfirmed, they go back.
 */
@Entity("live_draft")
@Index("IDX_live_draft_due", ["status", "expiresAt"])
export class LiveDraft extends BaseEntity {
  @Index()
  @Column({ type: "uuid" })
  sessionId!: string;

  @ManyToOne(() => LiveSession, { onDelete: "CASCADE" })
  @JoinColumn({ name: "session_id" })
  session?: LiveSession;

  @Column({ type: "uuid" })
  offerId!: string;

  @ManyToOne(() => LiveOffer, { onDelete: "CASCADE" })
  @JoinColumn({ name: "offer_id" })
  offer?: LiveOffer;

  /** E.164 */
  @Column({ type: "varchar", length: 16 })
  phone!: string;

  @Column({ type: "varchar", length: 120 })
  name!: string;

  @Column({ type: "integer" })
  quantity!: number;

  /** SHA-256 of the link's token (the link itself is only in the SMS). */
  @Index("UQ_live_draft_token", { unique: true })
  @Column({ type: "varchar", length: 64 })
  tokenHash!: string;

  @Column({ type: "varchar", length: 16 })
  status!: LiveDraftStatus;

  @Column({ type: "timestamptz" })
  expiresAt!: Date;

  @Column({ type: "uuid", nullable: true })
  orderId!: string | null;
}
