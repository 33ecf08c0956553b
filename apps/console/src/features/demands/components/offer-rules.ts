import { CreateOfferRequest, DEMAND_LIMITS, type Offer, type PublicDemand } from "@chophien/contracts";
import { ApiError } from "@chophien/web";
import type { TFunction } from "i18next";
import { errorMessage, issueMessage } from "@/shared/lib/error-message";

/** The most a demand takes from one offer: its quantity and the tolerance above it, rounded down (more is 422). */
export const maxOfferQuantity = (d: Pick<PublicDemand, "quantity" | "tolerancePct">) =>
  Math.floor((d.quantity * (100 + d.tolerancePct)) / 100);

/** A demand still taking offers: open and before its deadline (the API refuses from the deadline on, even unswept). */
export const takesOffers = (d: Pick<PublicDemand, "status" | "respondBy">, now: Date) =>
  d.status === "open" && new Date(d.respondBy).getTime() > now.getTime();

/** An offer still being negotiated: open or shortlisted (both sides may counter or, for the stall, withdraw). */
const LIVE: readonly Offer["status"][] = ["open", "shortlisted"];
export const isLive = (o: Pick<Offer, "status">) => LIVE.includes(o.status);
/** Counter rounds still allowed: round 1 is the offer itself, then at most DEMAND_LIMITS.counterRounds counters. */
export const countersLeft = (o: Pick<Offer, "rounds">) => Math.max(0, 1 + DEMAND_LIMITS.counterRounds - o.rounds.length);
export const canCounter = (o: Pick<Offer, "status" | "rounds">) => isLive(o) && countersLeft(o) > 0;

/** The product may still be named or changed: the offer is not declined or withdrawn and its award has no orders yet. */
export const canChooseProduct = (o: Pick<Offer, "status" | "orderIds">) =>
  o.status !== "declined" && o.status !== "withdrawn" && o.orderIds.length === 0;

/** An awarded offer the buyer cannot turn into orders until the stall names its product. */
export const needsProduct = (o: Pick<Offer, "status" | "product" | "orderIds">) =>
  o.status === "awarded" && o.product === null && o.orderIds.length === 0;

/** When a refused request may be sent again: the moment, and the wait in whole hours and minutes (rounded up). */
export function retryWait(seconds: number, now: Date): { at: Date; hours: number; minutes: number } {
  const totalMinutes = Math.max(1, Math.ceil(seconds / 60));
  return {
    at: new Date(now.getTime() + seconds * 1000),
    hours: Math.floor(totalMinutes / 60),
    minutes: totalMinutes % 60,
  };
}

/** "5 giờ 12 phút" / "12 phút": a wait as a person reads it. */
export function waitText(seconds: number, now: Date, t: TFunction): string {
  const { hours, minutes } = retryWait(seconds, now);
  return hours ? t("demands.wait.hours", { hours, minutes }) : t("demands.wait.minutes", { minutes });
}

interface RefusalContext {
  t: TFunction;
  /** GMT+7 date and time in the reader's language. */
  dateTime: (iso: string) => string;
  /** A quantity with the reader's thousands separator. */
  number: (n: number) => string;
  now: Date;
}

/**
 * Why an offer was refused, in the reader's words: 409 (the stall already has a live offer, or the demand stopped
 * taking offers), 429 (today's quota, with when it may offer again in GMT+7), 422 (more than the demand takes, or
 * a product not the stall's),
 * 403 (its own organisation's demand, or a helper's grant); anything else as every screen says it.
 */
export function offerRefusal(err: unknown, demand: PublicDemand, { t, dateTime, number, now }: RefusalContext): string {
  if (err instanceof ApiError && err.code === "rate_limited") {
    if (err.retryAfterSeconds === null) return t("demands.refused.quota");
    const { at } = retryWait(err.retryAfterSeconds, now);
    return t("demands.refused.quotaUntil", {
      at: dateTime(at.toISOString()),
      wait: waitText(err.retryAfterSeconds, now, t),
    });
  }
  // A 422 on the product (not the stall's, or archived) names `body.productId`; any other 422 is the quantity.
  if (err instanceof ApiError && err.code === "unprocessable" && err.body.details?.some((d) => d.path === "body.productId"))
    return t("demands.product.refused.notOurs");
  return errorMessage(err, t, {
    conflict: takesOffers(demand, now) ? t("demands.refused.alreadyOffered") : t("demands.refused.closed"),
    unprocessable: t("demands.refused.tooMuch", { max: number(maxOfferQuantity(demand)), unit: demand.unit }),
    forbidden: t("demands.refused.forbidden"),
  });
}

/** Why a counter or a withdrawal was refused: 409 (the offer or demand moved on), 422 (no counter rounds left). */
export const moveRefusal = (err: unknown, t: TFunction) =>
  errorMessage(err, t, {
    conflict: t("demands.refused.moved"),
    unprocessable: t("demands.refused.noRounds", { count: DEMAND_LIMITS.counterRounds }),
  });

/** Why naming the product was refused: 409 (the award became orders, or the offer closed), 422 (not the stall's). */
export const productRefusal = (err: unknown, t: TFunction) =>
  errorMessage(err, t, {
    conflict: t("demands.product.refused.locked"),
    unprocessable: t("demands.product.refused.notOurs"),
  });

/** One delivery row as typed: a start day, an end day and a quantity (still text). */
export interface DeliveryDraft {
  key: number;
  from: string;
  to: string;
  quantity: string;
}

/** Integers as typed, with thousands dots or spaces ("1.200" = 1200); "" stays undefined, letters become NaN. */
export const typedInt = (v: string) => {
  const s = v.replace(/[.\s]/g, "");
  return s === "" ? undefined : Number(s);
};

/** The offer form as typed, checked against the contract: the request, or a message per field (`deliveries.0.to`). */
export function parseOffer(
  typed: { quantity: string; unitPrice: string; message: string; deliveries: DeliveryDraft[]; productId?: string },
  t: TFunction,
): { ok: true; body: CreateOfferRequest } | { ok: false; errors: Record<string, string> } {
  // An empty day is missing (required), not a malformed one.
  const day = (v: string) => v || undefined;
  const deliveries = typed.deliveries.map((d) => ({ from: day(d.from), to: day(d.to), quantity: typedInt(d.quantity) }));
  const parsed = CreateOfferRequest.safeParse({
    quantity: typedInt(typed.quantity),
    unitPrice: typedInt(typed.unitPrice),
    message: typed.message,
    ...(deliveries.length && { deliveries }),
    ...(typed.productId && { productId: typed.productId }),
  });
  if (parsed.success) return { ok: true, body: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join(".");
    // A delivery that ends before it starts: the refine's issue sits on the row, shown under its end day.
    const at = /^deliveries\.\d+$/.test(path) ? `${path}.to` : path;
    errors[at] ??= issue.code === "custom" ? t("demands.form.deliveryOrder") : issueMessage(issue, t);
  }
  return { ok: false, errors };
}
