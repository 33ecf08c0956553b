import type { DataSource } from "typeorm";
import type { Order as OrderDto, PayAgainRequest, Payment as PaymentDto } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import { enqueueNotification } from "../notifications/outbox";
import { Order } from "../orders/order.entity";
import { loadOrders, presentPayment } from "../orders/orders.presenter";
import type { OrdersService } from "../orders/orders.service";
import { assertPaymentLimits, type PaymentLimits } from "../orders/payment-limits";
import { StallOrder } from "../orders/stall-order.entity";
import type { User } from "../users/user.entity";
import { Payment } from "./payment.entity";
import type { PaymentsService } from "./payments.service";

/**
 * At most this many payment attempts per order: each VNPay attempt holds the stock another 15 minutes, so an
 * order cannot keep it from other shoppers for ever.
 */
export const MAX_PAYMENT_ATTEMPTS = 5;

/**
 * Paying an order that still awaits payment another way: a new VNPay attempt, or cash on delivery. The attempt it
 * replaces becomes `replaced`: should the gateway still report it paid, it settles the order only while the order
 * awaits payment, and is otherwise refunded whole (`PaymentsService.settle`), so the buyer never pays twice.
 */
export class PayAgainService {
  constructor(
    private readonly deps: {
      ds: DataSource;
      payments: PaymentsService;
      orders: OrdersService;
      clock: Clock;
      limits: PaymentLimits;
    },
  ) {}

  /** POST /api/orders/:code/payment: 404 for another buyer's order, 409 unless it awaits payment in time, 422 over a method's limits. */
  async payAgain(
    buyer: User,
    code: string,
    body: PayAgainRequest,
    ipAddr: string,
  ): Promise<{ order: OrderDto; payment: PaymentDto }> {
    const { ds, clock, orders, payments, limits } = this.deps;
    const found = await ds.getRepository(Order).findOne({ where: { code, buyerId: buyer.id }, select: { id: true } });
    if (!found) throw AppError.notFound("Order");
    const payment = await ds.transaction(async (m) => {
      // Payments, then the order, then its stall orders: the same order the IPN takes its locks in.
      const attempts = await m.find(Payment, {
        where: { orderId: found.id },
        order: { id: "ASC" },
        lock: { mode: "pessimistic_write" },
      });
      const order = await m.findOneOrFail(Order, { where: { id: found.id }, lock: { mode: "pessimistic_write" } });
      const parts = await m.find(StallOrder, { where: { orderId: order.id }, order: { id: "ASC" } });
      const current = attempts.filter((p) => p.status === "pending");
      if (attempts.some((p) => p.status === "paid" || p.status === "processing") || order.paymentStatus === "paid")
        throw AppError.conflict("This order is already paid (or its payment is being checked by the bank)");
      if (
        order.status !== "awaiting_payment" ||
        order.paymentStatus !== "pending" ||
        parts.some((p) => p.status !== "awaiting_payment")
      )
        throw AppError.conflict(`This order no longer awaits payment: it is ${order.status.replace("_", " ")}`);
      const deadline = Math.max(...current.map((p) => p.expiresAt.getTime()));
      if (!current.length || deadline <= clock.now().getTime())
        throw AppError.conflict("The time to pay this order has run out: its stock has been released");
      if (body.paymentMethod === "vnpay" && attempts.length >= MAX_PAYMENT_ATTEMPTS)
        throw AppError.conflict(`An order can be paid online at most ${MAX_PAYMENT_ATTEMPTS} times; choose cash on delivery`);
      assertPaymentLimits(body.paymentMethod, order.grandTotal, limits);

      for (const p of current) await m.update(Payment, { id: p.id }, { status: "replaced" });
      if (body.paymentMethod === "vnpay") {
        await m.update(Order, { id: order.id }, { paymentMethod: "vnpay" });
        return payments.startVnpay(m, { ...order, paymentMethod: "vnpay" }, { ipAddr });
      }
      await m.update(Order, { id: order.id }, { paymentMethod: "cod", paymentStatus: "unpaid" });
      // Only the system places an order that awaited payment; the note says the buyer asked for it.
      for (const p of parts)
        await orders.transition(m, p.id, {
          actor: "system",
          actorId: null,
          action: "pay",
          note: "Người mua đổi sang thanh toán khi nhận hàng",
        });
      await enqueueNotification(m, "order.placed", { orderId: order.id });
      return presentPayment({ ...order, paymentMethod: "cod", paymentStatus: "unpaid" });
    });
    const [order] = await loadOrders(ds.manager, [found.id], "buyer");
    return { order: order!, payment };
  }
}
