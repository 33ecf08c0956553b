import type { PaymentMethod, PaymentStatus, StallOrderStatus } from "@chophien/contracts";
import type { CodRemitter } from "../../modules/ledger/ledger";
import type { Actor } from "../../modules/orders/order-event.entity";
import { deriveOrderStatus, nextOrderStatus, type OrderAction } from "../../modules/orders/order-state";
import { commissionOf, shippingFee } from "../../modules/orders/shipping";
import {
  BUYER_CANCEL_REASONS,
  BUYER_STREETS,
  CARRIERS,
  EXPIRED_NOTE,
  REPLIES_HAPPY,
  REPLIES_SORRY,
  REVIEW_TEXTS,
  SELLER_CANCEL_REASONS,
} from "./history-texts";
import { Random } from "./random";
import { makeFounder } from "./stall-data";
import { PROVINCE_PROFILES } from "./stall-places";

/** Orders per unit of scale over the six months (≈5 per approved stall). */
export const ORDERS_PER_SCALE = 1500;
/** Extra orders of the last five days per unit of scale (the ones a seller still has to handle). */
export const RECENT_PER_SCALE = 60;
/** Demo buyers per unit of scale. */
export const BUYERS_PER_SCALE = 150;
/** How far back the history goes, in days. */
export const HISTORY_DAYS = 182;

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const VN = 7 * HOUR;

/** First day of Tết (Nguyên đán), GMT+7. */
const TET = ["2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03", "2031-01-23"].map((d) =>
  new Date(`${d}T00:00:00+07:00`).getTime(),
);

/** A stall the history may sell from, as written by writeMarket. */
export interface HistoryStall {
  id: string;
  ownerId: string;
  province: string;
  approvedAt: Date;
  products: HistoryProduct[];
}
export interface HistoryProduct {
  id: string;
  name: string;
  unit: string;
  price: number;
  stock: number;
  active: boolean;
  createdAt: Date;
  thumbnail: unknown;
}

export interface PlannedBuyer {
  email: string;
  fullName: string;
  phone: string;
  province: string;
  ward: string;
  street: string;
  createdAt: Date;
}

/** One step of a stall order's timeline, exactly what OrdersService.transition (or checkout) records. */
export interface PlannedEvent {
  at: Date;
  action: OrderAction | "create";
  actor: Actor;
  actorId: string | null;
  from: StallOrderStatus | null;
  to: StallOrderStatus;
  note: string | null;
}

export interface PlannedItem {
  product: HistoryProduct;
  quantity: number;
  lineTotal: number;
}

export interface PlannedPart {
  stall: HistoryStall;
  items: PlannedItem[];
  subtotal: number;
  shippingFee: number;
  commission: number;
  commissionRateBps: number;
  status: StallOrderStatus;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: string | null;
  deliveredAt: Date | null;
  completedAt: Date | null;
  events: PlannedEvent[];
  refund: { at: Date; amount: number; transactionType: "02" | "03" } | null;
}

export interface PlannedPayment {
  txnRef: string;
  status: "paid" | "expired" | "pending";
  createdAt: Date;
  createDate: string;
  expiresAt: Date;
  transactionNo: string | null;
  bankCode: string | null;
  payDate: string | null;
  paidAt: Date | null;
}

export interface PlannedOrder {
  code: string;
  buyer: number;
  createdAt: Date;
  paymentMethod: PaymentMethod;
  paymentStatus: PaymentStatus;
  status: StallOrderStatus;
  subtotal: number;
  shippingTotal: number;
  grandTotal: number;
  parts: PlannedPart[];
  payment: PlannedPayment | null;
}

export interface PlannedReview {
  product: HistoryProduct;
  stall: HistoryStall;
  buyer: number;
  rating: number;
  text: string | null;
  at: Date;
  reply: string | null;
  repliedAt: Date | null;
  hiddenAt: Date | null;
}

export interface PlannedLedgerLine {
  stallId: string;
  kind: "sale" | "cod_collected" | "commission" | "payout";
  amount: number;
  part: PlannedPart | null;
  payout: PlannedPayout | null;
  note: string | null;
  at: Date;
}

export interface PlannedPayout {
  stallId: string;
  amount: number;
  reference: string;
  at: Date;
}

export interface PlannedHistory {
  buyers: PlannedBuyer[];
  orders: PlannedOrder[];
  reviews: PlannedReview[];
  ledger: PlannedLedgerLine[];
  payouts: PlannedPayout[];
  /** Final stock by product id, for the products the history sold from. */
  stock: Map<string, number>;
  /** Index (in the stalls given) of the demo's busy stall. */
  busyStall: number;
}

export interface HistoryOptions {
  scale: number;
  now: Date;
  stalls: HistoryStall[];
  commissionRateBps: number;
  codRemittedBy: CodRemitter;
  /** Number of the first demo buyer account (`buyer001@…`). */
  firstBuyer?: number;
}

/** yyyyMMddHHmmss in GMT+7, as VNPay writes dates. */
export const vnpDate = (d: Date) => new Date(d.getTime() + VN).toISOString().replace(/[-:T]/g, "").slice(0, 14);

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** How busy a day is: weekends, the weeks before Tết (and the quiet days of Tết itself), and a growing market. */
export function dayWeight(dayStart: number, now: number): number {
  const weekday = new Date(dayStart + VN).getUTCDay();
  let w = weekday === 0 || weekday === 6 ? 1.6 : weekday === 5 ? 1.2 : 1;
  for (const tet of TET) {
    const before = (tet - dayStart) / DAY;
    if (before > 0 && before <= 25)
      w *= 2.6; // gift baskets, the year-end rush
    else if (before <= 0 && before > -5) w *= 0.25; // Tết: everyone is home, carriers pause
  }
  // The market grows: the last month is about twice the first.
  return w * (1 + (1 - (now - dayStart) / (HISTORY_DAYS * DAY)));
}

/** Hours of the day people buy at (GMT+7): evenings and lunch breaks. */
const HOUR_WEIGHTS = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 3.5, 3.5, 4, 5, 4, 3, 3, 3.5, 4, 4.5, 6, 7.5, 8, 6, 3];

/**
 * Six months of trade over the given stalls, deterministic for a scale and a day: buyers, orders in every state
 * (each stall order's timeline follows the real state machine), VNPay payments as the IPN leaves them, refunds,
 * reviews, the ledger lines completions book and payouts the market could make.
 */
export function planHistory(o: HistoryOptions): PlannedHistory {
  // A second market seeded beside the first (force) gets its own history, and so its own order codes.
  const rng = new Random(o.firstBuyer && o.firstBuyer > 1 ? `history:${o.firstBuyer}` : "history");
  const now = o.now.getTime();
  const buyers = planBuyers(o);
  const busy = busiestStall(o.stalls, now);
  const pickStall = picker(o.stalls, (_, i) => (i === busy ? 60 : 0.3 + new Random(`stall-pull:${i}`).next() ** 2 * 3));
  const pickBuyer = picker(buyers, (_, i) => (i === 0 ? 20 : 0.5 + new Random(`buyer-pull:${i}`).next() * 2));
  const stock = new Map<string, number>();
  for (const s of o.stalls) for (const p of s.products) stock.set(p.id, p.stock);
  // Reserved stock never comes back for later orders' sake (the cancel may come after them): never oversold.
  const free = new Map(stock);

  // Order times, oldest first.
  const today = Math.floor((now + VN) / DAY) * DAY - VN;
  const days = Array.from({ length: HISTORY_DAYS }, (_, i) => today - i * DAY);
  const n = Math.max(20, Math.round(ORDERS_PER_SCALE * o.scale));
  const pickDay = picker(days, (d) => dayWeight(d, now));
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const day = days[pickDay(rng)]!;
    const hour = rng.weighted(
      HOUR_WEIGHTS.map((w, h) => ({ w, h })),
      (x) => x.w,
    ).h;
    const t = day + hour * HOUR + rng.int(0, HOUR - 1);
    times.push(t < now ? t : now - rng.int(1, 6 * HOUR));
  }
  // A market in use always has work in hand: orders of the last few days, still moving through the states.
  for (let i = 0; i < Math.max(10, Math.round(RECENT_PER_SCALE * o.scale)); i++)
    times.push(now - (rng.chance(0.35) ? rng.int(20 * MIN, DAY) : rng.int(DAY, 5 * DAY)));
  times.sort((a, b) => a - b);

  const orders: PlannedOrder[] = [];
  const need = { full: true, partial: true };
  for (const t of times) {
    const buyer = pickBuyer(rng);
    const b = buyers[buyer]!;
    if (b.createdAt.getTime() > t) continue;
    const picks: { stall: HistoryStall; items: PlannedItem[] }[] = [];
    // (Until the history has one, an old order from two stalls to refund in part.)
    const stallCount = rng.chance(0.13) || (need.partial && t < now - 40 * DAY && rng.chance(0.3)) ? 2 : 1;
    for (let tries = 0; picks.length < stallCount && tries < 8; tries++) {
      const stall = o.stalls[pickStall(rng)]!;
      if (picks.some((p) => p.stall === stall)) continue;
      const open = stall.products.filter((p) => p.active && p.createdAt.getTime() < t - HOUR && free.get(p.id)! > 0);
      if (!open.length) continue;
      const items: PlannedItem[] = [];
      for (const product of rng.sample(
        open,
        rng.weighted([1, 2, 3], (k) => [70, 24, 6][k - 1]!),
      )) {
        const quantity = Math.min(
          free.get(product.id)!,
          rng.weighted([1, 2, 3, 5], (q) => ({ 1: 62, 2: 25, 3: 9, 5: 4 })[q]!),
        );
        items.push({ product, quantity, lineTotal: product.price * quantity });
      }
      picks.push({ stall, items });
    }
    if (!picks.length) continue;
    for (const p of picks) for (const i of p.items) free.set(i.product.id, free.get(i.product.id)! - i.quantity);
    orders.push(planOrder(rng, o, t, buyer, b, picks, need));
  }
  for (const order of orders)
    for (const part of order.parts)
      if (part.status !== "cancelled") for (const i of part.items) stock.set(i.product.id, stock.get(i.product.id)! - i.quantity);

  const reviews = planReviews(rng, orders, now);
  const { ledger, payouts } = planMoney(o, orders, now, busy);
  return { buyers, orders, reviews, ledger, payouts, stock, busyStall: busy };
}

/** The demo's busy seller: the stall with the most products on sale for the whole six months (the first on a tie). */
export function busiestStall(stalls: HistoryStall[], now: number): number {
  let best = 0;
  let most = -1;
  stalls.forEach((s, i) => {
    const n = s.products.filter((p) => p.active && p.stock > 20 && p.createdAt.getTime() < now - HISTORY_DAYS * DAY).length;
    if (n > most) [best, most] = [i, n];
  });
  return best;
}

/** Draws an index in proportion to the weights, in O(log n) (one draw from the generator, like Random.weighted). */
function picker<T>(items: readonly T[], weight: (item: T, i: number) => number): (rng: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((it, i) => cumulative.push((total += weight(it, i))));
  return (rng) => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

function planBuyers(o: HistoryOptions): PlannedBuyer[] {
  const count = Math.max(8, Math.round(BUYERS_PER_SCALE * o.scale));
  const first = o.firstBuyer ?? 1;
  return Array.from({ length: count }, (_, i) => {
    const rng = new Random(`buyer:${i}`);
    const person = makeFounder(rng);
    const profile = rng.weighted(PROVINCE_PROFILES, (p) => p.weight + 4);
    return {
      email: `buyer${String(first + i).padStart(3, "0")}@demo.chophien.vn`,
      fullName: person.fullName,
      phone: person.phone,
      province: profile.slug,
      ward: `Phường ${rng.pick(profile.towns)}`,
      street: `${rng.int(1, 320)} ${rng.pick(BUYER_STREETS)}`,
      // The busiest buyer has been around from the start.
      createdAt: new Date(o.now.getTime() - (i === 0 ? 300 : rng.int(30, 420)) * DAY - rng.int(0, DAY - 1)),
    };
  });
}

function orderCode(rng: Random, at: number): string {
  const date = new Date(at + VN).toISOString().slice(0, 10).replace(/-/g, "");
  const random = Array.from({ length: 8 }, () => ALPHABET[rng.int(0, 31)]).join("");
  return `CP-${date}-${random.slice(0, 4)}-${random.slice(4)}`;
}

const digits = (rng: Random, n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join("");

function planOrder(
  rng: Random,
  o: HistoryOptions,
  t: number,
  buyer: number,
  b: PlannedBuyer,
  picks: { stall: HistoryStall; items: PlannedItem[] }[],
  need: { full: boolean; partial: boolean },
): PlannedOrder {
  const now = o.now.getTime();
  const wantPartial = need.partial && picks.length > 1 && now - t > 40 * DAY;
  const method: PaymentMethod = rng.chance(0.38) || wantPartial ? "vnpay" : "cod";
  const code = orderCode(rng, t);
  const parts: PlannedPart[] = picks.map(({ stall, items }) => {
    const subtotal = items.reduce((s, i) => s + i.lineTotal, 0);
    return {
      stall,
      items,
      subtotal,
      shippingFee: shippingFee(subtotal, stall.province, b.province),
      commission: commissionOf(subtotal, o.commissionRateBps),
      commissionRateBps: o.commissionRateBps,
      status: method === "cod" ? "placed" : "awaiting_payment",
      carrier: null,
      trackingNumber: null,
      cancelReason: null,
      deliveredAt: null,
      completedAt: null,
      events: [],
      refund: null,
    };
  });
  const subtotal = parts.reduce((s, p) => s + p.subtotal, 0);
  const shippingTotal = parts.reduce((s, p) => s + p.shippingFee, 0);
  const grandTotal = subtotal + shippingTotal;
  const ownerOf = (p: PlannedPart) => p.stall.ownerId;
  const buyerId = "buyer"; // replaced by the writer with the buyer's id
  const step = (p: PlannedPart, at: number, action: OrderAction | "create", actor: Actor, note: string | null = null) => {
    if (at >= now) return false;
    const to = action === "create" ? p.status : nextOrderStatus(p.status, action, actor);
    if (!to) throw new Error(`The seeded history tried ${action} by ${actor} on a ${p.status} order`);
    p.events.push({
      at: new Date(at),
      action,
      actor,
      actorId: actor === "buyer" ? buyerId : actor === "seller" ? ownerOf(p) : null,
      from: action === "create" ? null : p.status,
      to,
      note,
    });
    p.status = to;
    return true;
  };
  for (const p of parts) step(p, t, "create", "buyer");

  let payment: PlannedPayment | null = null;
  let start = t;
  if (method === "vnpay") {
    const open = now - t < 15 * MIN; // still on the bank's page: pending, awaiting payment
    const expired = !open && !wantPartial && rng.chance(0.05);
    const paidAt = t + rng.int(1 * MIN, 6 * MIN);
    const settled = !open && !expired;
    payment = {
      txnRef: code.replace(/-/g, ""),
      status: open ? "pending" : expired ? "expired" : "paid",
      createdAt: new Date(t),
      createDate: vnpDate(new Date(t)),
      expiresAt: new Date(t + 15 * MIN),
      transactionNo: settled ? `1${digits(rng, 7)}` : null,
      bankCode: settled ? rng.pick(["NCB", "VCB", "TCB", "MB", "ACB", "VIETINBANK", "BIDV", "VPB"]) : null,
      payDate: settled ? vnpDate(new Date(paidAt)) : null,
      paidAt: settled ? new Date(paidAt) : null,
    };
    // What the expiry job does to an unpaid order, and what the IPN does to a paid one.
    if (expired) for (const p of parts) step(p, t + 15 * MIN + rng.int(0, 4 * MIN), "cancel", "system", EXPIRED_NOTE);
    if (settled) for (const p of parts) step(p, paidAt, "pay", "system", `VNPay ${payment.transactionNo}`);
    start = paidAt;
  }

  const old = now - t > 30 * DAY;
  const forceRefund =
    method === "vnpay" && parts.every((p) => p.status === "placed") && old
      ? parts.length === 1 && need.full
        ? "full"
        : parts.length > 1 && need.partial
          ? "partial"
          : null
      : null;
  parts.forEach((p, idx) => {
    if (p.status !== "placed") return;
    const r = rng.next();
    const cancelBySeller = (forceRefund && idx === 0) || (!forceRefund && r < 0.03);
    if (!forceRefund && r >= 0.03 && r < 0.06) {
      step(p, start + rng.int(10 * MIN, 5 * HOUR), "cancel", "buyer", rng.pick(BUYER_CANCEL_REASONS));
      return;
    }
    // Most stalls confirm the same day; some only look at their orders every other day.
    const confirmAt = start + (rng.chance(0.25) ? rng.int(20 * HOUR, 60 * HOUR) : rng.int(40 * MIN, 20 * HOUR));
    if (cancelBySeller) {
      const confirmed = rng.chance(0.4) && step(p, confirmAt, "confirm", "seller");
      step(
        p,
        (confirmed ? confirmAt : start) + rng.int(1 * HOUR, 20 * HOUR),
        "cancel",
        "seller",
        rng.pick(SELLER_CANCEL_REASONS),
      );
      return;
    }
    if (!step(p, confirmAt, "confirm", "seller")) return;
    const carrier = rng.weighted(CARRIERS, (c) => c.weight);
    const shipAt = confirmAt + rng.int(3 * HOUR, 2 * DAY);
    const tracking = carrier.tracking(digits(rng, 12), Array.from({ length: 3 }, () => ALPHABET[rng.int(10, 31)]).join(""));
    if (!step(p, shipAt, "ship", "seller", `${carrier.name} · ${tracking}`)) return;
    p.carrier = carrier.name;
    p.trackingNumber = tracking;
    const deliverAt = shipAt + rng.int(1 * DAY, 4 * DAY);
    if (!step(p, deliverAt, "deliver", "seller")) return;
    p.deliveredAt = new Date(deliverAt);
    // Most buyers confirm receipt within days; a few never get round to it (it stays delivered).
    if (rng.chance(0.06)) return;
    const completeAt = deliverAt + rng.int(2 * HOUR, 4 * DAY);
    if (step(p, completeAt, "complete", "buyer")) p.completedAt = new Date(completeAt);
  });
  for (const p of parts) {
    const cancel = p.events.find((e) => e.to === "cancelled");
    if (cancel) p.cancelReason = cancel.note;
  }

  // Refunds of paid parts cancelled afterwards: full when the part was the whole payment, else partial.
  if (payment?.status === "paid") {
    let refunds = 0;
    for (const p of parts) {
      const cancel = p.events.find((e) => e.to === "cancelled");
      if (!cancel) continue;
      const amount = p.subtotal + p.shippingFee;
      const at = cancel.at.getTime() + rng.int(5 * MIN, 3 * HOUR);
      p.refund = {
        at: new Date(Math.min(at, now - MIN)),
        amount,
        transactionType: amount === grandTotal && refunds === 0 ? "02" : "03",
      };
      refunds++;
      if (p.refund.transactionType === "02") need.full = false;
      else need.partial = false;
    }
  }

  const status = deriveOrderStatus(parts.map((p) => p.status));
  let paymentStatus: PaymentStatus;
  if (method === "cod") paymentStatus = status === "delivered" || status === "completed" ? "paid" : "unpaid";
  else if (payment!.status === "pending") paymentStatus = "pending";
  else if (payment!.status === "expired") paymentStatus = "failed";
  else {
    const refunded = parts.reduce((s, p) => s + (p.refund?.amount ?? 0), 0);
    paymentStatus = refunded === 0 ? "paid" : refunded >= grandTotal ? "refunded" : "partially_refunded";
  }
  return {
    code,
    buyer,
    createdAt: new Date(t),
    paymentMethod: method,
    paymentStatus,
    status,
    subtotal,
    shippingTotal,
    grandTotal,
    parts,
    payment,
  };
}

function planReviews(rng: Random, orders: PlannedOrder[], now: number): PlannedReview[] {
  const seen = new Set<string>();
  const reviews: PlannedReview[] = [];
  for (const order of orders)
    for (const part of order.parts) {
      if (!part.completedAt) continue;
      for (const item of part.items) {
        const key = `${order.buyer}:${item.product.id}`;
        if (seen.has(key) || !rng.chance(order.buyer === 0 ? 0.85 : 0.5)) continue;
        const at = part.completedAt.getTime() + rng.int(10 * MIN, 3 * DAY);
        if (at >= now) continue;
        seen.add(key);
        const rating = rng.weighted([5, 4, 3, 2, 1] as const, (r) => ({ 5: 62, 4: 24, 3: 8, 2: 3.5, 1: 2.5 })[r]);
        const text = rng.chance(0.78) ? rng.pick(REVIEW_TEXTS[rating]) : null;
        const replyAt = at + rng.int(1 * HOUR, 3 * DAY);
        const replied = (rating <= 3 ? rng.chance(0.6) : rng.chance(0.3)) && replyAt < now;
        const hideAt = at + rng.int(2 * HOUR, 2 * DAY);
        const hidden = rng.chance(0.025) && hideAt < now;
        reviews.push({
          product: item.product,
          stall: part.stall,
          buyer: order.buyer,
          rating,
          text,
          at: new Date(at),
          reply: replied ? rng.pick(rating <= 3 ? REPLIES_SORRY : REPLIES_HAPPY) : null,
          repliedAt: replied ? new Date(replyAt) : null,
          hiddenAt: hidden ? new Date(hideAt) : null,
        });
      }
    }
  return reviews;
}

/**
 * The ledger as recordCompletedStallOrder books each completion (sale, cod_collected when the stall's carrier
 * collected the cash, commission), and monthly payouts to about half the stalls with money the market holds —
 * never above what LedgerService.createPayout would accept at that moment.
 */
function planMoney(o: HistoryOptions, orders: PlannedOrder[], now: number, busy: number) {
  const ledger: PlannedLedgerLine[] = [];
  for (const order of orders)
    for (const part of order.parts) {
      if (!part.completedAt) continue;
      const gross = part.subtotal + part.shippingFee;
      const at = part.completedAt;
      const line = (kind: PlannedLedgerLine["kind"], amount: number, note: string | null) =>
        ledger.push({ stallId: part.stall.id, kind, amount, part, payout: null, note, at });
      line("sale", gross, null);
      if (order.paymentMethod === "cod" && o.codRemittedBy === "stall") line("cod_collected", -gross, null);
      line("commission", -part.commission, `${part.commissionRateBps / 100}%`);
    }
  ledger.sort((a, b) => a.at.getTime() - b.at.getTime());

  const payouts: PlannedPayout[] = [];
  const rng = new Random("payouts");
  const today = Math.floor((now + VN) / DAY) * DAY - VN;
  // Paid twice a month, on the 5th and the 20th at 10:00 GMT+7.
  const dates: number[] = [];
  for (let d = today - HISTORY_DAYS * DAY; d <= today; d += DAY)
    if ([5, 20].includes(new Date(d + VN).getUTCDate()) && d + 10 * HOUR < now) dates.push(d + 10 * HOUR);
  const byStall = new Map<string, PlannedLedgerLine[]>();
  for (const l of ledger) {
    const list = byStall.get(l.stallId);
    if (list) list.push(l);
    else byStall.set(l.stallId, [l]);
  }
  o.stalls.forEach((stall, i) => {
    if (i !== busy && !new Random(`payee:${i}`).chance(0.5)) return;
    const lines = byStall.get(stall.id) ?? [];
    for (const date of dates) {
      const before = lines.filter((l) => l.at.getTime() < date);
      const available = before.reduce((s, l) => s + l.amount, 0);
      const held = before.filter((l) => l.kind !== "commission").reduce((s, l) => s + l.amount, 0);
      const payable = Math.max(0, Math.min(available, held));
      const amount = Math.floor(payable / 1000) * 1000;
      if (amount < (i === busy ? 20_000 : 150_000)) continue;
      const at = new Date(date + rng.int(0, 3 * HOUR));
      const payout: PlannedPayout = {
        stallId: stall.id,
        amount,
        reference: `FT${vnpDate(at).slice(2, 8)}${digits(rng, 6)}`,
        at,
      };
      payouts.push(payout);
      const line: PlannedLedgerLine = {
        stallId: stall.id,
        kind: "payout",
        amount: -amount,
        part: null,
        payout,
        note: payout.reference,
        at,
      };
      ledger.push(line);
      lines.push(line);
    }
  });
  return { ledger, payouts };
}
