import crypto from "node:crypto";
import type { EntityManager } from "typeorm";
import type { ImageRef } from "../../lib/images/image-processor";
import { OrderEvent } from "./order-event.entity";
import { OrderItem } from "./order-item.entity";
import type { Order } from "./order.entity";
import { StallOrder } from "./stall-order.entity";

/** A stall order as priced, ready to be written (checkout's pricing or an award of the supply–demand board). */
export interface PartToWrite {
  stallId: string;
  subtotal: number;
  shippingFee: number;
  commissionRateBps: number;
  commission: number;
  discount: number;
  platformDiscount: number;
  items: {
    productId: string;
    name: string;
    unit: string;
    unitPrice: number;
    quantity: number;
    lineTotal: number;
    discount: number;
    /** A deal's line: more than checkout's 99. */
    wholesale?: boolean;
  }[];
}

/**
 * Writes an order's stall orders, their items and their first events with one multi-row INSERT each, whatever
 * the number of stalls and lines (ids are made here, so nothing depends on the order RETURNING gives rows back).
 * The product's first photo is kept on each line.
 */
export async function writeStallOrders(
  m: EntityManager,
  order: { id: string; buyerId: string; status: Order["status"] },
  parts: PartToWrite[],
): Promise<void> {
  const thumbs = await m.query<{ product_id: string; thumb: ImageRef }[]>(
    `SELECT DISTINCT ON (product_id) product_id, json_build_object('hash', hash, 'width', width, 'height', height, 'widths', widths) AS thumb
       FROM product_image WHERE product_id = ANY($1) ORDER BY product_id, position`,
    [[...new Set(parts.flatMap((p) => p.items.map((i) => i.productId)))]],
  );
  const thumbOf = new Map(thumbs.map((t) => [t.product_id, t.thumb]));
  const written = parts.map((p) => ({ p, partId: crypto.randomUUID() }));
  await m.insert(
    StallOrder,
    written.map(({ p, partId }) => ({
      id: partId,
      orderId: order.id,
      stallId: p.stallId,
      status: order.status,
      subtotal: p.subtotal,
      shippingFee: p.shippingFee,
      commissionRateBps: p.commissionRateBps,
      commission: p.commission,
      discount: p.discount,
      platformDiscount: p.platformDiscount,
      carrier: null,
      trackingNumber: null,
      cancelReason: null,
      deliveredAt: null,
    })),
  );
  await m.insert(
    OrderItem,
    written.flatMap(({ p, partId }) =>
      p.items.map((i) => ({
        stallOrderId: partId,
        productId: i.productId,
        name: i.name,
        unit: i.unit,
        unitPrice: i.unitPrice,
        quantity: i.quantity,
        lineTotal: i.lineTotal,
        discount: i.discount,
        wholesale: i.wholesale ?? false,
        thumbnail: thumbOf.get(i.productId) ?? null,
      })),
    ),
  );
  await m.insert(
    OrderEvent,
    written.map(({ partId }) => ({
      orderId: order.id,
      stallOrderId: partId,
      actorId: order.buyerId,
      actor: "buyer" as const,
      fromStatus: null,
      toStatus: order.status,
      note: null,
    })),
  );
}
