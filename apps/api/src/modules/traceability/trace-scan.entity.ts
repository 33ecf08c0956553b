import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * One visitor's opening of a batch's trace page on one day (GMT+7). `visitor` is a keyed hash of IP, user agent
 * and day: no raw IP or user agent is stored, and the same phone on another day is another row.
 */
@Entity("trace_scan")
export class TraceScan {
  @PrimaryColumn({ type: "uuid" })
  batchId!: string;

  @PrimaryColumn({ type: "date" })
  day!: string;

  @PrimaryColumn({ type: "char", length: 64 })
  visitor!: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;
}
