import { In, type DataSource, type EntityManager } from "typeorm";
import {
  type AdminOrderQuery,
  type ShipItemBatches,
  type Order as OrderDto,
  type OrderListQuery,
  type SellerOrderQuery,
  type StallOrderStatus,
  VN_TIME_ZONE,
  carrierOf,
} from "@chophien/contracts";
import { pageOf } from "../../db/paginate";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import { type CodRemitter, recordCompletedStallOrder } from "../ledger/ledger";
import { queueRefundFor } from "../payments/refunds";
import { enqueueNotification, type OrderTopic } from "../notifications/outbox";
import type { ActingStall } from "../helpers/acting-stall";
import { stallInsiderSql } from "../stalls/stall-insiders";
import type { Stall } from "../stalls/stall.entity";
import type { User } from "../users/user.entity";
import { OrderEvent, type Actor } from "./order-event.entity";
import { deriveOrderStatus, nextOrderStatus, type OrderAction } from "./order-state";
import { Order } from "./order.entity";
import { OrderItemBatch } from "./order-item-batch.entity";
import { OrderItem } from "./order-item.entity";
import { Batch } from "../traceability/batch.entity";
import { releaseVoucherUses, retakeVoucherUses } from "../vouchers/voucher-rules";
import { loadOrders } from "./orders.presenter";
import { StallOrder } from "./stall-order.entity";

const TOPIC: Partial<Record<StallOrderStatus, OrderTopic>> = {
  placed: "order.placed",
  confirmed: "order.confirmed",
  shipped: "order.shipped",
  delivered: "order.delivered",
  cancelled: "order.cancelled",
};

export interface TransitionInput {
  actor: Actor;
  actorId: string | null;
  action: OrderAction;
  note?: string | null;
  carrier?: string;
  trackingNumber?: string;
}

/** The order lifecycle and order queries for buyers, sellers and admins. */
export class OrdersService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    /** Whose carrier collects cash on delivery: decides how a completed COD stall order is booked. */
    private readonly codRemittedBy: CodRemitter = "stall",
  ) {}

  /**
   * Moves one stall order through the state machine inside the caller's transaction: locks it, checks the
   * transition (409 otherwise), releases stock exactly once on cancel, records the timeline, re-derives the
   * order's status and payment, and queues the notification.
   */
  async transition(m: EntityManager, stallOrderId: string, t: TransitionInput): Promise<StallOrder> {
    const part = await m.findOne(StallOrder, { where: { id: stallOrderId }, lock: { mode: "pessimistic_write" } });
    if (!part) throw AppError.notFound("Order");
    const to = nextOrderStatus(part.status, t.action, t.actor);
    if (!to) throw AppError.conflict(`Cannot ${t.action} an order that is ${part.status.replace("_", " ")}`);
    const from = part.status;
    const now = this.clock.now();
    await m.update(
      StallOrder,
      { id: part.id },
      {
        status: to,
        // A known carrier is stored under its listed name, so the buyer's tracking link can be built from it.
        ...(t.action === "ship"
          ? { carrier: t.carrier ? (carrierOf(t.carrier)?.name ?? t.carrier) : null, trackingNumber: t.trackingNumber ?? null }
          : {}),
        ...(t.action === "cancel" ? { cancelReason: t.note ?? null } : {}),
        ...(t.action === "deliver" ? { deliveredAt: now } : {}),
      },
    );
    // The transition above happens once (row lock + state check), so the stock comes back exactly once.
    if (to === "cancelled")
      await m.query(
        `UPDATE product p SET stock = p.stock + oi.quantity, updated_at = now() FROM order_item oi WHERE oi.stall_order_id = $1 AND p.id = oi.product_id`,
        [part.id],
      );
    if (t.action === "revive") await this.retake(m, part.id);
    // "Đã bán" on the cards: raised once per delivered part, under the same row lock, so it never double counts.
    if (to === "delivered")
      await m.query(
        `UPDATE product p SET sold_count = p.sold_count + oi.quantity FROM order_item oi WHERE oi.stall_order_id = $1 AND p.id = oi.product_id`,
        [part.id],
      );
    if (to === "cancelled") await releaseVoucherUses(m, part.orderId);
    if (t.action === "revive") await retakeVoucherUses(m, part.orderId);
    const note = t.action === "ship" ? `${t.carrier} · ${t.trackingNumber}` : (t.note ?? null);
    await m.insert(OrderEvent, {
      orderId: part.orderId,
      stallOrderId: part.id,
      actorId: t.actorId,
      actor: t.actor,
      fromStatus: from,
      toStatus: to,
      note,
    });
    if (to === "completed") await recordCompletedStallOrder(m, part, this.codRemittedBy);
    if (to === "cancelled") await queueRefundFor(m, part);
    await this.rederive(m, part.orderId);
    const topic = TOPIC[to];
    // A payment places every part at once: the payments module announces the order once, not per part.
    if (topic && t.action !== "pay" && t.action !== "revive")
      await enqueueNotification(m, topic, { orderId: part.orderId, stallOrderId: part.id, note });
    return { ...part, status: to };
  }

  /** Takes the stock of a revived stall order again, or fails (409) when it is no longer there. */
  private async retake(m: EntityManager, stallOrderId: string): Promise<void> {
    const items = await m.query<{ product_id: string; quantity: number }[]>(
      `SELECT product_id, quantity FROM order_item WHERE stall_order_id = $1 ORDER BY product_id`,
      [stallOrderId],
    );
    for (const i of items) {
      const [rows] = await m.query<[unknown[], number]>(
        `UPDATE product SET stock = stock - $2 WHERE id = $1 AND stock >= $2 RETURNING id`,
        [i.product_id, i.quantity],
      );
      if (!rows.length) throw AppError.conflict("Stock is no longer available");
    }
  }

  /** A buyer's action on their whole order (cancel what can still be cancelled, or confirm receipt). */
  async buyerAction(buyer: User, code: string, action: "cancel" | "complete", reason?: string): Promise<OrderDto> {
    return this.ds.transaction(async (m) => {
      const order = await m.findOne(Order, { where: { code, buyerId: buyer.id } });
      if (!order) throw AppError.notFound("Order");
      const parts = await m.find(StallOrder, { where: { orderId: order.id }, order: { id: "ASC" } });
      const eligible = parts.filter((p) => nextOrderStatus(p.status, action, "buyer"));
      if (!eligible.length)
        throw AppError.conflict(
          action === "cancel"
            ? "This order can no longer be cancelled: the sellers have confirmed it"
            : "Nothing in this order has been delivered yet",
        );
      for (const p of eligible)
        await this.transition(m, p.id, { actor: "buyer", actorId: buyer.id, action, note: reason ?? null });
      return this.one(m, order.id, "buyer");
    });
  }

  /**
   * The buyer cancels one stall's part of her order, before that stall confirms it (409 after): its stock comes back
   * and, when it was paid, its share is refunded through the refund queue; the other stalls' parts go on.
   */
  async buyerCancelPart(buyer: User, code: string, stallOrderId: string, reason?: string): Promise<OrderDto> {
    return this.ds.transaction(async (m) => {
      const order = await m.findOne(Order, { where: { code, buyerId: buyer.id } });
      if (!order) throw AppError.notFound("Order");
      const part = await m.findOne(StallOrder, { where: { id: stallOrderId, orderId: order.id } });
      if (!part) throw AppError.notFound("Order");
      if (!nextOrderStatus(part.status, "cancel", "buyer"))
        throw AppError.conflict("This part can no longer be cancelled: the seller has confirmed it");
      await this.transition(m, part.id, { actor: "buyer", actorId: buyer.id, action: "cancel", note: reason ?? null });
      return this.one(m, order.id, "buyer");
    });
  }

  /** A seller's action on one of their stall orders; another stall's order is 404. */
  async sellerAction(
    ctx: ActingStall,
    stallOrderId: string,
    t: Omit<TransitionInput, "actor" | "actorId"> & { items?: ShipItemBatches[] },
  ): Promise<OrderDto> {
    return this.ds.transaction(async (m) => {
      const part = await m.findOne(StallOrder, { where: { id: stallOrderId, stallId: ctx.stall.id } });
      if (!part) throw AppError.notFound("Order");
      const { items, ...step } = t;
      const done = await this.transition(m, part.id, { ...step, actor: "seller", actorId: ctx.actor.id });
      const assigned = t.action === "ship" && items?.length ? await this.assignBatches(m, part, items) : undefined;
      const extra =
        t.action === "ship"
          ? { carrier: t.carrier ?? null, trackingNumber: t.trackingNumber ?? null, ...(assigned ? { batches: assigned } : {}) }
          : {};
      const reason = t.action === "cancel" ? { cancelReason: t.note ?? null } : {};
      await ctx.audit(m, {
        targetId: part.id,
        before: { status: part.status },
        after: { status: done.status, ...extra, ...reason },
      });
      return this.one(m, part.orderId, "seller");
    });
  }

  /**
   * Records which batches the items of a stall order being shipped came from: every item named once, of this stall
   * order (400), each batch the stall's own (404 otherwise, like any other stall's id) and of the item's product
   * (400), the quantities adding up to the item's (400). Runs in the ship transaction, after its row lock.
   */
  private async assignBatches(m: EntityManager, part: StallOrder, entries: ShipItemBatches[]) {
    const lines = await m.find(OrderItem, { where: { stallOrderId: part.id } });
    const batchIds = [...new Set(entries.flatMap((e) => e.batches.map((b) => b.batchId)))];
    const batches = await m.find(Batch, { where: { id: In(batchIds), stallId: part.stallId } });
    const seen = new Set<string>();
    const rows: Pick<OrderItemBatch, "orderItemId" | "batchId" | "quantity">[] = [];
    entries.forEach((e, i) => {
      const path = `body.items.${i}`;
      const line = lines.find((l) => l.id === e.itemId);
      if (!line)
        throw AppError.badRequest("That item is not in this order", [{ path: `${path}.itemId`, message: "Not in this order" }]);
      if (seen.has(line.id))
        throw AppError.badRequest("Each item is named once", [{ path: `${path}.itemId`, message: "Named twice" }]);
      seen.add(line.id);
      const ids = new Set<string>();
      e.batches.forEach((b, j) => {
        const batch = batches.find((x) => x.id === b.batchId);
        if (!batch) throw AppError.notFound("Batch");
        if (batch.productId !== line.productId)
          throw AppError.badRequest("That batch is of another product", [
            { path: `${path}.batches.${j}.batchId`, message: "Another product's batch" },
          ]);
        if (ids.has(batch.id))
          throw AppError.badRequest("Each batch is named once per item", [
            { path: `${path}.batches.${j}.batchId`, message: "Named twice" },
          ]);
        ids.add(batch.id);
        rows.push({ orderItemId: line.id, batchId: batch.id, quantity: b.quantity });
      });
      const sum = e.batches.reduce((s, b) => s + b.quantity, 0);
      if (sum !== line.quantity)
        throw AppError.badRequest(`The batches add up to ${sum}, the item has ${line.quantity}`, [
          { path: `${path}.batches`, message: `Must add up to ${line.quantity}` },
        ]);
    });
    await m.insert(OrderItemBatch, rows);
    return rows.map((r) => ({
      itemId: r.orderItemId,
      batch: batches.find((b) => b.id === r.batchId)!.code,
      quantity: r.quantity,
    }));
  }

  /** The buyer's orders, newest first. */
  async listForBuyer(buyer: User, q: OrderListQuery) {
    const qb = this.ds.getRepository(Order).createQueryBuilder("o").where("o.buyer_id = :buyer", { buyer: buyer.id });
    if (q.status) qb.andWhere("o.status = :status", { status: q.status });
    const [orders, total] = await pageOf(qb, ["o.created_at", "DESC"], q);
    const views = await loadOrders(
      this.ds.manager,
      orders.map((o) => o.id),
      "buyer",
    );
    const items = views.map((o) => ({
      id: o.id,
      code: o.code,
      status: o.status,
      grandTotal: o.grandTotal,
      createdAt: o.createdAt,
      payment: o.payment,
      stallCount: o.stallOrders.length,
      itemCount: o.stallOrders.reduce((s, p) => s + p.items.reduce((n, i) => n + i.quantity, 0), 0),
    }));
    return { items, total, page: q.page, limit: q.limit };
  }

  /** One of the buyer's orders by code; someone else's is 404. */
  async getForBuyer(buyer: User, code: string): Promise<OrderDto> {
    const order = await this.ds.getRepository(Order).findOne({ where: { code, buyerId: buyer.id } });
    if (!order) throw AppError.notFound("Order");
    return this.one(this.ds.manager, order.id, "buyer");
  }

  /** The seller's stall orders (newest first) with counts per status for the inbox tabs. */
  async listForSeller(stall: Stall, q: SellerOrderQuery) {
    const qb = this.ds.getRepository(StallOrder).createQueryBuilder("so").where("so.stall_id = :stall", { stall: stall.id });
    if (q.status) qb.andWhere("so.status = :status", { status: q.status });
    const [parts, total] = await pageOf(qb, ["so.created_at", "DESC"], q);
    const counts = await this.ds.query<{ status: string; n: number }[]>(
      `SELECT status, count(*)::int AS n FROM stall_order WHERE stall_id = $1 GROUP BY status`,
      [stall.id],
    );
    const orders = await loadOrders(this.ds.manager, [...new Set(parts.map((p) => p.orderId))], "seller");
    return {
      items: parts.map((p) =>
        this.sellerView(
          orders.find((o) => o.id === p.orderId)!,
          p.id,
        ),
      ),
      total,
      page: q.page,
      limit: q.limit,
      counts: Object.fromEntries(counts.map((c) => [c.status, c.n])),
    };
  }

  /** One of the seller's stall orders with the buyer's address and the timeline. */
  async getForSeller(stall: Stall, stallOrderId: string) {
    const part = await this.ds.getRepository(StallOrder).findOne({ where: { id: stallOrderId, stallId: stall.id } });
    if (!part) throw AppError.notFound("Order");
    return this.sellerView(await this.one(this.ds.manager, part.orderId, "seller"), part.id);
  }

  /**
   * Every order for admins, filterable by status, stall, payment method, code, date (GMT+7 days) and self-dealing
   * (the buyer acts for a stall the order buys from).
   */
  async listForAdmin(q: AdminOrderQuery) {
    const qb = this.ds.getRepository(Order).createQueryBuilder("o");
    if (q.status) qb.andWhere("o.status = :status", { status: q.status });
    if (q.paymentMethod) qb.andWhere("o.payment_method = :pm", { pm: q.paymentMethod });
    if (q.liveSession) qb.andWhere("o.live_session_id = :live", { live: q.liveSession });
    if (q.q) qb.andWhere("o.code ILIKE :code", { code: `%${q.q.replace(/[%_\\]/g, "\\$&")}%` });
    if (q.stall)
      qb.andWhere(
        "EXISTS (SELECT 1 FROM stall_order so JOIN stall s ON s.id = so.stall_id WHERE so.order_id = o.id AND s.slug = :stall)",
        { stall: q.stall },
      );
    if (q.selfDealing !== undefined)
      qb.andWhere(
        `${q.selfDealing ? "" : "NOT "}EXISTS (SELECT 1 FROM stall_order so WHERE so.order_id = o.id AND ${stallInsiderSql("o.buyer_id", "so.stall_id")})`,
      );
    // GMT+7 days: the bounds are local midnights.
    if (q.from) qb.andWhere(`o.created_at >= (:from::date)::timestamp AT TIME ZONE '${VN_TIME_ZONE}'`, { from: q.from });
    if (q.to) qb.andWhere(`o.created_at < ((:to::date) + 1)::timestamp AT TIME ZONE '${VN_TIME_ZONE}'`, { to: q.to });
    const [orders, total] = await pageOf(qb, ["o.created_at", "DESC"], q);
    return {
      items: await loadOrders(
        this.ds.manager,
        orders.map((o) => o.id),
        "admin",
      ),
      total,
      page: q.page,
      limit: q.limit,
    };
  }

  private async one(m: EntityManager, orderId: string, viewer: Actor): Promise<OrderDto> {
    const [view] = await loadOrders(m, [orderId], viewer);
    if (!view) throw AppError.notFound("Order");
    return view;
  }

  private sellerView(order: OrderDto, stallOrderId: string) {
    const part = order.stallOrders.find((p) => p.id === stallOrderId)!;
    return {
      ...part,
      buyer: { fullName: order.buyer.fullName },
      shippingAddress: order.shippingAddress,
      note: order.note,
      payment: order.payment,
      timeline: order.timeline.filter((e) => e.stallOrderId === stallOrderId),
    };
  }

  /** Recomputes the order's status from its parts; cash on delivery counts as paid once every live part is delivered. */
  private async rederive(m: EntityManager, orderId: string): Promise<void> {
    const parts = await m.find(StallOrder, { where: { orderId }, select: { status: true } });
    const status = deriveOrderStatus(parts.map((p) => p.status));
    const order = await m.findOneOrFail(Order, { where: { id: orderId } });
    const codPaid = order.paymentMethod === "cod" && (status === "delivered" || status === "completed");
    await m.update(Order, { id: orderId }, { status, ...(codPaid ? { paymentStatus: "paid" as const } : {}) });
  }
}
