import crypto from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { CheckoutRequest, CheckoutResponse, Payment } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import type { CartService } from "../cart/cart.service";
import { PUBLIC_PRODUCT } from "../catalog/catalog-query";
import { claimLiveUnits } from "../live/live-holds";
import { enqueueNotification } from "../notifications/outbox";
import type { User } from "../users/user.entity";
import type { VoucherGuessGuard } from "../vouchers/voucher-rules";
import { IdempotencyKey } from "./idempotency-key.entity";
import { newOrderCode, retryOnCodeClash } from "./order-code";
import { Order } from "./order.entity";
import { writeStallOrders } from "./order-writer";
import { loadOrders, presentPayment } from "./orders.presenter";
import { groupByStall, type LivePurchase, runPricing } from "./pricing/pricing";
import { checkoutSteps } from "./pricing/steps";
import { paymentLimits, type PaymentLimits } from "./payment-limits";

/** The seam the payments module fills: start paying for a VNPay order inside the checkout transaction. */
export interface PaymentStarter {
  startVnpay(m: EntityManager, order: Order, ctx: { ipAddr: string }): Promise<Payment>;
  startBankTransfer(m: EntityManager, order: Order): Promise<Payment>;
}

/** Until the payments module is wired, VNPay orders simply wait for payment. */
export const waitingPaymentStarter: PaymentStarter = {
  startVnpay: (_m, order) => Promise.resolve(presentPayment(order)),
  startBankTransfer: (_m, order) => Promise.resolve(presentPayment(order)),
};

interface Reserved {
  id: string;
  name: string;
  price: number;
  unit: string;
  stall_id: string;
  quantity: number;
}

/** A canonical hash of the request, so a replayed Idempotency-Key can be told from a reused one. */
function requestHash(body: CheckoutRequest): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, canonical(x)]),
          )
        : v;
  return crypto
    .createHash("sha256")
    .update(JSON.stringify(canonical(body)))
    .digest("hex");
}

/** Adds up repeated products; the total per product must still be 1–99. */
function mergeLines(lines: { productId: string; quantity: number }[]): { productId: string; quantity: number }[] {
  const merged = new Map<string, number>();
  for (const l of lines) merged.set(l.productId, (merged.get(l.productId) ?? 0) + l.quantity);
  for (const [, q] of merged)
    if (q > 99)
      throw new AppError("validation_failed", "At most 99 of one product per order", [
        { path: "body.items", message: "Quantity over 99" },
      ]);
  // Sorted by id: every checkout locks products in the same order, so two carts never deadlock.
  return [...merged]
    .map(([productId, quantity]) => ({ productId, quantity }))
    .sort((a, b) => (a.productId < b.productId ? -1 : 1));
}

/** One checkout → one order split into stall orders, stock reserved atomically, idempotent per key. */
export class CheckoutService {
  private readonly ds: DataSource;
  private readonly cart: CartService;
  private readonly clock: Clock;
  private readonly payments: PaymentStarter;
  private readonly defaultCommissionBps: number;
  private readonly newCode: (now: Date) => string;
  private readonly voucherGuesses: VoucherGuessGuard | undefined;
  /** Checkout's pricing steps, with the payment methods' limits. */
  private readonly steps: ReturnType<typeof checkoutSteps>;

  constructor(deps: {
    ds: DataSource;
    cart: CartService;
    clock: Clock;
    defaultCommissionBps: number;
    payments?: PaymentStarter;
    /** Order codes; `newOrderCode` unless a test needs to force a clash. */
    newCode?: (now: Date) => string;
    /** What each payment method takes; VNPay's range and the default COD cap when absent. */
    paymentLimits?: PaymentLimits;
    /** Rate-limits guessing voucher codes (unknown codes), before the transaction. */
    voucherGuesses?: VoucherGuessGuard;
  }) {
    this.voucherGuesses = deps.voucherGuesses;
    this.ds = deps.ds;
    this.steps = checkoutSteps(deps.paymentLimits ?? paymentLimits());
    this.cart = deps.cart;
    this.clock = deps.clock;
    this.defaultCommissionBps = deps.defaultCommissionBps;
    this.payments = deps.payments ?? waitingPaymentStarter;
    this.newCode = deps.newCode ?? newOrderCode;
  }

  /** Places the order; `replayed` is true when the key had already placed it. */
  async checkout(
    buyer: User | null,
    key: string,
    body: CheckoutRequest,
    ipAddr: string,
    /** Bought live: the line's units come from the offer (`modules/live`), priced by the `live-offer` step. */
    live?: LivePurchase,
    /** Who buys, resolved inside the checkout transaction (a guest checkout); `buyer` is ignored when given. */
    resolveBuyer?: (m: EntityManager) => Promise<User>,
  ): Promise<CheckoutResponse & { replayed: boolean }> {
    if (body.voucherCodes?.length) await this.voucherGuesses?.(body.voucherCodes, { userId: buyer?.id ?? null, ip: ipAddr });
    const hash = requestHash(body);
    return retryOnCodeClash(() =>
      this.ds.transaction(async (m) => {
        const who = resolveBuyer ? await resolveBuyer(m) : buyer;
        if (!who) throw AppError.unauthorized("Sign in, or check out as a guest with a name and phone");
        return this.place(m, who, key, hash, body, ipAddr, live);
      }),
    );
  }

  private async place(
    m: EntityManager,
    buyer: User,
    key: string,
    hash: string,
    body: CheckoutRequest,
    ipAddr: string,
    live: LivePurchase | undefined,
  ) {
    const orderId = crypto.randomUUID();
    // Claims the key; a concurrent request with the same key waits here until this transaction ends.
    const claimed = await m.query<{ id: string }[]>(
      `INSERT INTO idempotency_key (user_id, key, request_hash, order_id) VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, key) DO NOTHING RETURNING id`,
      [buyer.id, key, hash, orderId],
    );
    if (!claimed.length) {
      const prior = await m.findOneOrFail(IdempotencyKey, { where: { userId: buyer.id, key } });
      if (prior.requestHash !== hash)
        throw new AppError("unprocessable", "This Idempotency-Key was already used for a different request");
      const [order] = await loadOrders(m, [prior.orderId], "buyer");
      return { order: order!, payment: order!.payment, replayed: true };
    }

    const fromCart = !body.items;
    const cartLines = fromCart ? await this.cart.itemsOf(m, buyer.id) : [];
    const lines = mergeLines(body.items ?? cartLines);
    if (!lines.length) throw AppError.badRequest("Your cart is empty");
    const reserved = await this.reserve(m, lines, live?.productId);

    const stalls = await m.query<{ id: string; province: string; commission_rate_bps: number | null }[]>(
      `SELECT id, province, commission_rate_bps FROM stall WHERE id = ANY($1)`,
      [[...new Set(reserved.map((r) => r.stall_id))]],
    );
    const priced = await runPricing(m, this.steps, {
      live,
      buyerId: buyer.id,
      paymentMethod: body.paymentMethod,
      destination: body.shippingAddress.province,
      expectedTotal: body.expectedTotal,
      voucherCodes: body.voucherCodes ?? [],
      orderId,
      now: this.clock.now(),
      refusals: [],
      groups: groupByStall(reserved, stalls, cartLines, this.defaultCommissionBps),
    });
    const status = body.paymentMethod === "cod" ? "placed" : "awaiting_payment";

    const order = m.create(Order, {
      id: orderId,
      code: this.newCode(this.clock.now()),
      buyerId: buyer.id,
      shippingAddress: body.shippingAddress,
      note: body.note ?? null,
      paymentMethod: body.paymentMethod,
      paymentStatus: body.paymentMethod === "cod" ? "unpaid" : "pending",
      status,
      subtotal: priced.subtotal,
      shippingTotal: priced.shippingTotal,
      discountTotal: priced.discountTotal,
      grandTotal: priced.grandTotal,
      liveSessionId: live?.sessionId ?? null,
      liveOfferCode: live?.code ?? null,
    });
    await m.insert(Order, order);
    await writeStallOrders(
      m,
      { id: orderId, buyerId: buyer.id, status },
      priced.parts.map((p) => ({
        stallId: p.group.stallId,
        subtotal: p.subtotal,
        shippingFee: p.shippingFee,
        commissionRateBps: p.group.commissionRateBps,
        commission: p.commission,
        discount: p.discount,
        platformDiscount: p.platformDiscount,
        items: p.items.map(({ line, lineTotal, discount }) => ({ ...line, lineTotal, discount })),
      })),
    );
    if (fromCart)
      await this.cart.removeBought(
        m,
        buyer.id,
        reserved.map((r) => r.id),
      );
    const payment =
      body.paymentMethod === "cod"
        ? presentPayment(order)
        : body.paymentMethod === "bank_transfer"
          ? await this.payments.startBankTransfer(m, order)
          : await this.payments.startVnpay(m, order, { ipAddr });
    if (status === "placed") await enqueueNotification(m, "order.placed", { orderId });
    // Bought live: the offer's units are claimed last, so its row is locked only until the COMMIT that follows.
    const liveLine = live && priced.parts.flatMap((p) => p.items).find((i) => i.line.productId === live.productId);
    if (live && liveLine) await claimLiveUnits(m, live, buyer.id, liveLine.line.quantity, liveLine.line.unitPrice);
    const [view] = await loadOrders(m, [orderId], "buyer");
    return { order: { ...view!, payment }, payment, replayed: false };
  }

  /**
   * Takes the stock with one conditional UPDATE over all lines (never below zero, whatever runs concurrently)
   * and refuses the whole order, naming every product that cannot be had, when any line fails. The rows are
   * locked first in id order, so two carts sharing products never deadlock. A product bought live (`heldElsewhere`)
   * is only read: its units are the offer's, taken by the `live-offer` step.
   */
  private async reserve(
    m: EntityManager,
    lines: { productId: string; quantity: number }[],
    heldElsewhere?: string,
  ): Promise<Reserved[]> {
    const held = heldElsewhere
      ? await m.query<Omit<Reserved, "quantity">[]>(
          `SELECT p.id, p.name, p.price, p.unit, p.stall_id FROM product p JOIN stall s ON s.id = p.stall_id
            WHERE p.id = $1 AND ${PUBLIC_PRODUCT}`,
          [heldElsewhere],
        )
      : [];
    const taken = lines.filter((l) => l.productId !== heldElsewhere);
    const ids = taken.map((l) => l.productId);
    const [rows] = !taken.length
      ? [[]]
      : await m.query<[Omit<Reserved, "quantity">[], number]>(
          `WITH locked AS MATERIALIZED (SELECT id FROM product WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE)
       UPDATE product p SET stock = p.stock - l.quantity, updated_at = now()
         FROM locked, unnest($1::uuid[], $2::int[]) AS l(id, quantity), stall s
        WHERE locked.id = l.id AND p.id = l.id AND s.id = p.stall_id AND ${PUBLIC_PRODUCT} AND p.stock >= l.quantity
        RETURNING p.id, p.name, p.price, p.unit, p.stall_id`,
          [ids, taken.map((l) => l.quantity)],
        );
    const hit = new Map([...held, ...rows].map((r) => [r.id, r]));
    const missing = lines.filter((l) => !hit.has(l.productId));
    const problems: { path: string; message: string }[] = [];
    if (missing.length) {
      const whys = await m.query<{ id: string; name: string; stock: number; public: boolean }[]>(
        `SELECT p.id, p.name, p.stock, (${PUBLIC_PRODUCT}) AS public FROM product p JOIN stall s ON s.id = p.stall_id
          WHERE p.id = ANY($1::uuid[])`,
        [missing.map((l) => l.productId)],
      );
      for (const line of missing) {
        const why = whys.find((w) => w.id === line.productId);
        problems.push({
          path: `product.${line.productId}`,
          message: !why
            ? "Product not found"
            : !why.public
              ? `"${why.name}" is no longer available`
              : why.stock
                ? `Only ${why.stock} left of "${why.name}"`
                : `"${why.name}" is sold out`,
        });
      }
    }
    if (problems.length) throw AppError.conflict(problems.map((p) => p.message).join("; "), problems);
    return lines.map((l) => ({ ...hit.get(l.productId)!, quantity: l.quantity }));
  }
}
