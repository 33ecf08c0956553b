import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { User } from "../users/user.entity";

/** A stall application being written: what the applicant typed so far, kept until the application is sent. */
@Entity("stall_draft")
export class StallDraft extends BaseEntity {
  /** One draft per user. */
  @Index("UQ_stall_draft_user", { unique: true })
  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  /** The fields of the application form, each optional and unchecked until sent (see StallDraftFields). */
  @Column({ type: "jsonb" })
  fields!: Record<string, unknown>;
}
