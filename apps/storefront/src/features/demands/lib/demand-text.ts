import { DEMAND_LIMITS, type Offer, type PublicDemand } from "@chophien/contracts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * How long is left until a demand's deadline, for "còn 5 ngày": whole days (rounded down) from a day on, else
 * hours (rounded up, so the last minutes still read "còn 1 giờ"); null once it has passed.
 */
export function timeLeft(respondBy: string, now: number = Date.now()): { unit: "days" | "hours"; count: number } | null {
  const ms = new Date(respondBy).getTime() - now;
  if (!(ms > 0)) return null;
  return ms >= DAY ? { unit: "days", count: Math.floor(ms / DAY) } : { unit: "hours", count: Math.ceil(ms / HOUR) };
}

/** The most a demand may be awarded in all: its quantity and the tolerance above it, rounded down (as the API). */
export const awardCap = (d: Pick<PublicDemand, "quantity" | "tolerancePct">): number =>
  Math.floor((d.quantity * (100 + d.tolerancePct)) / 100);

/** What is still free to award on a demand. */
export const awardRoom = (d: Pick<PublicDemand, "quantity" | "tolerancePct" | "awardedQuantity">): number =>
  Math.max(0, awardCap(d) - d.awardedQuantity);

/** The most one award of `offer` may be: its quantity, within what is left on the demand. */
export const awardMax = (
  d: Pick<PublicDemand, "quantity" | "tolerancePct" | "awardedQuantity">,
  offer: Pick<Offer, "quantity">,
) => Math.min(offer.quantity, awardRoom(d));

/** Counter rounds an offer may still take (round 1 is the stall's offer; each later round is a counter). */
export const countersLeft = (offer: Pick<Offer, "rounds">): number =>
  Math.max(0, DEMAND_LIMITS.counterRounds - Math.max(0, offer.rounds.length - 1));

/** A demand's deliveries' quantities, added up. */
export const deliveriesTotal = (deliveries: { quantity: number }[]): number => deliveries.reduce((s, d) => s + d.quantity, 0);

/** Integers with Vietnamese digit grouping: `12.500` (the same in both languages, like prices). */
export const formatCount = (n: number): string => new Intl.NumberFormat("vi-VN").format(n);

/** A YYYY-MM-DD day as `20/06/2026`. */
export const formatDay = (day: string): string => {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
};
