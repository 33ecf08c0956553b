import { In, type EntityManager } from "typeorm";
import {
  type BuyerRefund,
  trackingUrlOf,
  type Order as OrderDto,
  type Payment,
  type StallOrder as StallOrderDto,
} from "@chophien/contracts";
import { presentImage } from "../../lib/images/present";
import { Refund } from "../payments/refund.entity";
import { Review } from "../reviews/review.entity";
import { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { OrderEvent, type Actor } from "./order-event.entity";
import { OrderItemBatch } from "./order-item-batch.entity";
import { OrderItem } from "./order-item.entity";
import { availableActions } from "./order-state";
import { Order } from "./order.entity";
import { StallOrder } from "./stall-order.entity";

/** The payment as the buyer sees it; VNPay's redirect comes from the payments module when it exists. */
export function presentPayment(o: Order, redirectUrl: string | null = null): Payment {
  return { method: o.paymentMethod, status: o.paymentStatus, amount: o.grandTotal, redirectUrl };
}

/** A refund as the buyer sees it: `failed` ones are retried by the market, so they show as on their way. */
function presentRefund(r: Refund): BuyerRefund {
  return {
    stallOrderId: r.stallOrderId,
    amount: r.amount,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    settledAt: r.settledAt?.toISOString() ?? null,
  };
}

/** Actions shown to a viewer: sellers and buyers see what they may do next ("receive" = complete, for buyers). */
function actionsFor(status: StallOrderDto["status"], viewer: Actor): StallOrderDto["actions"] {
  return availableActions(status, viewer).flatMap((a) =>
    a === "complete" ? (viewer === "buyer" ? ["receive" as const] : []) : a === "pay" || a === "revive" ? [] : [a],
  );
}

/** An item's batches, the one most packages came from first (its `traceCode`). */
function traceOf(rows: OrderItemBatch[]) {
  const batches = rows.map((r) => ({ code: r.batch!.code, lot: r.batch!.lot, quantity: r.quantity }));
  return { traceCode: batches[0]?.code ?? null, batches };
}

/**
 * Loads and presents orders with their stall orders, items, stalls, products and timelines in a fixed number
 * of queries, whatever the number of orders. `viewer` decides which actions are offered.
 */
export async function loadOrders(m: EntityManager, orderIds: string[], viewer: Actor): Promise<OrderDto[]> {
  if (!orderIds.length) return [];
  const orders = await m.find(Order, { where: { id: In(orderIds) } });
  const parts = await m.find(StallOrder, { where: { orderId: In(orderIds) }, order: { createdAt: "ASC", id: "ASC" } });
  const partIds = parts.map((p) => p.id);
  // Sequential on purpose: `m` may be a transaction, i.e. one connection.
  const items = partIds.length
    ? await m.find(OrderItem, {
        where: { stallOrderId: In(partIds) },
        relations: { product: true },
        order: { createdAt: "ASC", id: "ASC" },
      })
    : [];
  const traced = items.length
    ? await m.find(OrderItemBatch, {
        where: { orderItemId: In(items.map((i) => i.id)) },
        relations: { batch: true },
        order: { quantity: "DESC", createdAt: "ASC", id: "ASC" },
      })
    : [];
  const events = await m.find(OrderEvent, { where: { orderId: In(orderIds) }, order: { createdAt: "ASC", id: "ASC" } });
  const stalls = parts.length ? await m.find(Stall, { where: { id: In([...new Set(parts.map((p) => p.stallId))]) } }) : [];
  const buyers = await m.find(User, { where: { id: In([...new Set(orders.map((o) => o.buyerId))]) } });
  const reviews = items.length
    ? await m.find(Review, {
        where: { authorId: In(buyers.map((b) => b.id)), productId: In([...new Set(items.map((i) => i.productId))]) },
        select: { authorId: true, productId: true },
      })
    : [];
  const refunds = await m.find(Refund, {
    where: { payment: { orderId: In(orderIds) } },
    relations: { payment: true },
    order: { createdAt: "ASC", id: "ASC" },
  });
  const reviewed = new Set(reviews.map((r) => `${r.authorId}:${r.productId}`));
  const byId = new Map(orders.map((o) => [o.id, o]));
  return orderIds.flatMap((id) => {
    const o = byId.get(id);
    if (!o) return [];
    const buyer = buyers.find((b) => b.id === o.buyerId)!;
    return [
      {
        id: o.id,
        code: o.code,
        status: o.status,
        buyer: { id: buyer.id, fullName: buyer.fullName },
        shippingAddress: o.shippingAddress,
        note: o.note,
        payment: presentPayment(o),
        subtotal: o.subtotal,
        shippingTotal: o.shippingTotal,
        discountTotal: o.discountTotal,
        grandTotal: o.grandTotal,
        stallOrders: parts
          .filter((p) => p.orderId === o.id)
          .map((p) => {
            const stall = stalls.find((s) => s.id === p.stallId)!;
            return {
              id: p.id,
              orderCode: o.code,
              stall: { id: stall.id, slug: stall.slug, name: stall.name },
              status: p.status,
              subtotal: p.subtotal,
              shippingFee: p.shippingFee,
              discount: p.discount,
              commission: p.commission,
              carrier: p.carrier,
              trackingNumber: p.trackingNumber,
              trackingUrl: trackingUrlOf(p.carrier, p.trackingNumber),
              cancelReason: p.cancelReason,
              items: items
                .filter((i) => i.stallOrderId === p.id)
                .map((i) => ({
                  id: i.id,
                  productId: i.productId,
                  productSlug: i.product?.slug ?? "",
                  name: i.name,
                  unit: i.unit,
                  unitPrice: i.unitPrice,
                  quantity: i.quantity,
                  lineTotal: i.lineTotal,
                  discount: i.discount,
                  thumbnail: i.thumbnail ? presentImage(i.thumbnail) : null,
                  reviewed: reviewed.has(`${o.buyerId}:${i.productId}`),
                  ...traceOf(traced.filter((b) => b.orderItemId === i.id)),
                })),
              actions: actionsFor(p.status, viewer),
              createdAt: p.createdAt.toISOString(),
            };
          }),
        timeline: events
          .filter((e) => e.orderId === o.id)
          .map((e) => ({
            stallOrderId: e.stallOrderId,
            actor: e.actor,
            from: e.fromStatus,
            to: e.toStatus,
            note: e.note,
            at: e.createdAt.toISOString(),
          })),
        refunds: refunds.filter((r) => r.payment?.orderId === o.id).map(presentRefund),
        createdAt: o.createdAt.toISOString(),
        liveSessionId: o.liveSessionId,
        liveOfferCode: o.liveOfferCode,
        deal: o.dealOfferId && o.dealDelivery ? { offerId: o.dealOfferId, delivery: o.dealDelivery } : null,
      },
    ];
  });
}
