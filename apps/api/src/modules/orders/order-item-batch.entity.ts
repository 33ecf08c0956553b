import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";
import { Batch } from "../traceability/batch.entity";
import { OrderItem } from "./order-item.entity";

/**
 * How many of an order line's packages came from one batch, as the seller said when shipping. The quantities of a
 * line add up to the line's quantity; the batch is of the same product and stall (checked by the service).
 */
@Entity("order_item_batch")
@Index("UQ_order_item_batch", ["orderItemId", "batchId"], { unique: true })
@Check("CHK_order_item_batch_quantity", `"quantity" > 0`)
export class OrderItemBatch extends BaseEntity {
  @Column({ type: "uuid" })
  orderItemId!: string;

  @ManyToOne(() => OrderItem, { onDelete: "CASCADE" })
  @JoinColumn({ name: "order_item_id" })
  orderItem?: OrderItem;

  @Index()
  @Column({ type: "uuid" })
  batchId!: string;

  @ManyToOne(() => Batch, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "batch_id" })
  batch?: Batch;

  @Column({ type: "integer" })
  quantity!: number;
}
