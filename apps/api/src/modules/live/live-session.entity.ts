import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import type { LivePlatform, LiveSessionStatus } from "@chophien/contracts";
import { BaseEntity } from "../../db/base.entity";
import { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";

/** One live selling session ("phiên chợ"): several stalls, live-only prices, stock held while it is live. */
@Entity("live_session")
export class LiveSession extends BaseEntity {
  @Index("UQ_live_session_slug", { unique: true })
  @Column({ type: "varchar", length: 120 })
  slug!: string;

  @Column({ type: "varchar", length: 160 })
  title!: string;

  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Index()
  @Column({ type: "timestamptz" })
  startsAt!: Date;

  /** When the end job closes it (and returns the unsold held units) if the host has not. */
  @Column({ type: "timestamptz" })
  endsAt!: Date;

  @Column({ type: "varchar", length: 16 })
  platform!: LivePlatform;

  @Column({ type: "varchar", length: 500, nullable: true })
  streamUrl!: string | null;

  @Index()
  @Column({ type: "varchar", length: 16 })
  status!: LiveSessionStatus;

  /** The host stall; null when the market (an admin) hosts. */
  @Column({ type: "uuid", nullable: true })
  hostStallId!: string | null;

  @ManyToOne(() => Stall, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "host_stall_id" })
  hostStall?: Stall;

  /** The livestreamer: their identity must be verified by an admin before the session starts. */
  @Column({ type: "uuid" })
  hostUserId!: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "host_user_id" })
  hostUser?: User;

  @Column({ type: "uuid", nullable: true })
  pinnedOfferId!: string | null;

  @Column({ type: "timestamptz", nullable: true })
  startedAt!: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  endedAt!: Date | null;

  /** Viewers as the host entered them from the platform's figures (the market cannot count them itself). */
  @Column({ type: "integer", nullable: true })
  viewersPeak!: number | null;

  @Column({ type: "integer", nullable: true })
  viewersUnique!: number | null;

  /** Comment lines pasted in (after removing repeats). */
  @Column({ type: "integer", default: 0 })
  comments!: number;
}

/** A stall taking part: the host (accepted from the start) or an invited stall, which accepts before it offers. */
@Entity("live_session_stall")
@Index("UQ_live_session_stall", ["sessionId", "stallId"], { unique: true })
export class LiveSessionStall extends BaseEntity {
  @Column({ type: "uuid" })
  sessionId!: string;

  @ManyToOne(() => LiveSession, { onDelete: "CASCADE" })
  @JoinColumn({ name: "session_id" })
  session?: LiveSession;

  @Index()
  @Column({ type: "uuid" })
  stallId!: string;

  @ManyToOne(() => Stall, { onDelete: "CASCADE" })
  @JoinColumn({ name: "stall_id" })
  stall?: Stall;

  @Column({ type: "varchar", length: 16 })
  status!: "invited" | "accepted";

  @Column({ type: "boolean", default: false })
  host!: boolean;
}
