import crypto from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { AwardOrdersRequest, Delivery, DemandStatus, Order as OrderDto, OfferStatus } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import { PUBLIC_PRODUCT } from "../catalog/catalog-query";
import { enqueueNotification } from "../notifications/outbox";
import type { PaymentStarter } from "../orders/checkout.service";
import { newOrderCode, retryOnCodeClash } from "../orders/order-code";
import { writeStallOrders } from "../orders/order-writer";
import { Order } from "../orders/order.entity";
import { loadOrders } from "../orders/orders.presenter";
import { assertPaymentLimits, type PaymentLimits } from "../orders/payment-limits";
import { commissionOf } from "../orders/shipping";
import type { User } from "../users/user.entity";
import { dealDeliveries } from "./deal-deliveries";
import { buyersDemand } from "./demand-rules";

interface AwardedOffer {
  status: OfferStatus;
  awarded_quantity: number | null;
  unit_price: number;
  deliveries: Delivery[];
  demand_deliveries: Delivery[];
  product_id: string | null;
  stall_id: string;
  commission_rate_bps: number | null;
}

/**
 * Deals into orders: an awarded offer becomes wholesale orders in the market, one per delivery, priced as agreed
 * (the offer's latest round), paid by bank transfer or cash on delivery, its stock taken at once — and from there
 * the same stall-order lifecycle, ledger and commission as any order.
 */
export class AwardOrdersService {
  private readonly newCode: (now: Date) => string;

  constructor(
    private readonly deps: {
      ds: DataSource;
      clock: Clock;
      payments: PaymentStarter;
      defaultCommissionBps: number;
      limits: PaymentLimits;
      newCode?: (now: Date) => string;
    },
  ) {
    this.newCode = deps.newCode ?? newOrderCode;
  }

  /**
   * POST /api/demands/:id/offers/:offerId/orders, by the buyer. Once per award: the demand and offer rows are
   * locked, so a second call (even at the same time) gets the orders the first one made (`replayed`).
   */
  async place(
    buyer: User,
    demandId: string,
    offerId: string,
    body: AwardOrdersRequest,
  ): Promise<{ orders: OrderDto[]; replayed: boolean }> {
    return retryOnCodeClash(() => this.deps.ds.transaction((m) => this.placeIn(m, buyer, demandId, offerId, body)));
  }

  private async placeIn(m: EntityManager, buyer: User, demandId: string, offerId: string, body: AwardOrdersRequest) {
    const d = await buyersDemand(m, buyer, demandId, "forbidden", true);
    const [o] = await m.query<AwardedOffer[]>(
      `SELECT f.status, f.awarded_quantity, f.unit_price, f.deliveries, d.deliveries AS demand_deliveries, f.product_id,
              f.stall_id, s.commission_rate_bps
         FROM demand_offer f JOIN demand d ON d.id = f.demand_id JOIN stall s ON s.id = f.stall_id
        WHERE f.id = $1 AND f.demand_id = $2 FOR UPDATE OF f`,
      [offerId, demandId],
    );
    if (!o) throw AppError.notFound("Offer");
    const made = await m.query<{ id: string }[]>(
      `SELECT id FROM customer_order WHERE deal_offer_id = $1 ORDER BY (deal_delivery->>'no')::int`,
      [offerId],
    );
    if (made.length)
      return {
        orders: await loadOrders(
          m,
          made.map((r) => r.id),
          "buyer",
        ),
        replayed: true,
      };
    if (o.status !== "awarded" || !o.awarded_quantity)
      throw AppError.conflict(`Only an awarded offer becomes orders; this one is ${o.status}`);
    if (!(["awarded", "fulfilled"] as DemandStatus[]).includes(d.status)) throw AppError.conflict(`The demand is ${d.status}`);
    if (!o.product_id)
      throw new AppError("unprocessable", "The stall has not named the product of this offer yet; ask it to, then try again");

    const shares = dealDeliveries(o.awarded_quantity, o.deliveries, o.demand_deliveries);
    // Every delivery within what the payment method takes, before anything is written.
    for (const share of shares) assertPaymentLimits(body.paymentMethod, share.quantity * o.unit_price, this.deps.limits);
    const product = await takeStock(m, o.product_id, o.awarded_quantity);

    const status = body.paymentMethod === "cod" ? "placed" : "awaiting_payment";
    const bps = o.commission_rate_bps ?? this.deps.defaultCommissionBps;
    const ids: string[] = [];
    for (const share of shares) {
      const total = share.quantity * o.unit_price;
      const order = m.create(Order, {
        id: crypto.randomUUID(),
        code: this.newCode(this.deps.clock.now()),
        buyerId: buyer.id,
        shippingAddress: body.shippingAddress,
        note: body.note ?? null,
        paymentMethod: body.paymentMethod,
        paymentStatus: body.paymentMethod === "cod" ? "unpaid" : "pending",
        status,
        subtotal: total,
        shippingTotal: 0,
        discountTotal: 0,
        grandTotal: total,
        liveSessionId: null,
        liveOfferCode: null,
        dealOfferId: offerId,
        dealDelivery: { no: share.no, of: share.of, from: share.from, to: share.to },
      });
      await m.insert(Order, order);
      await writeStallOrders(m, order, [
        {
          stallId: o.stall_id,
          subtotal: total,
          // The agreed price is delivered: the deal carries no separate shipping fee.
          shippingFee: 0,
          commissionRateBps: bps,
          commission: commissionOf(total, bps),
          discount: 0,
          platformDiscount: 0,
          items: [
            {
              productId: product.id,
              name: product.name,
              unit: product.unit,
              unitPrice: o.unit_price,
              quantity: share.quantity,
              lineTotal: total,
              discount: 0,
              wholesale: true,
            },
          ],
        },
      ]);
      if (body.paymentMethod === "bank_transfer") await this.deps.payments.startBankTransfer(m, order);
      else await enqueueNotification(m, "order.placed", { orderId: order.id });
      ids.push(order.id);
    }
    return { orders: await loadOrders(m, ids, "buyer"), replayed: false };
  }
}

/** Takes the award's units from the product at once (never below zero), or 409 saying what is there. */
async function takeStock(m: EntityManager, productId: string, quantity: number) {
  const [[taken]] = await m.query<[{ id: string; name: string; unit: string }[], number]>(
    `UPDATE product p SET stock = p.stock - $2, updated_at = now() FROM stall s
      WHERE p.id = $1 AND s.id = p.stall_id AND ${PUBLIC_PRODUCT} AND p.stock >= $2
      RETURNING p.id, p.name, p.unit`,
    [productId, quantity],
  );
  if (taken) return taken;
  const [why] = await m.query<{ name: string; unit: string; stock: number; public: boolean }[]>(
    `SELECT p.name, p.unit, p.stock, (${PUBLIC_PRODUCT}) AS public FROM product p JOIN stall s ON s.id = p.stall_id WHERE p.id = $1`,
    [productId],
  );
  if (!why?.public) throw AppError.conflict(`"${why?.name ?? "The product"}" is not on sale; the stall must put it back first`);
  throw AppError.conflict(`Only ${why.stock} ${why.unit} of "${why.name}" in stock; the award needs ${quantity}`, [
    { path: "offer.product", message: `${why.stock} in stock` },
  ]);
}
