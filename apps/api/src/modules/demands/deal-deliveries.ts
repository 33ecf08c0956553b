import type { Delivery } from "@chophien/contracts";
import type { DealDelivery } from "../orders/order.entity";

/** One order an award becomes: its delivery and how much of the award it carries. */
export interface DealShare extends DealDelivery {
  quantity: number;
}

/**
 * Splits an awarded quantity over a schedule — the offer's deliveries, else the demand's, else one delivery —
 * in proportion to each delivery's quantity, by largest remainder: the shares add up to the award exactly, and a
 * delivery that would carry nothing is left out (the rest are numbered 1…n of n).
 */
export function dealDeliveries(awarded: number, offer: Delivery[], demand: Delivery[]): DealShare[] {
  const schedule = offer.length ? offer : demand;
  if (!schedule.length) return [{ no: 1, of: 1, from: null, to: null, quantity: awarded }];
  const planned = schedule.reduce((s, d) => s + d.quantity, 0);
  const exact = schedule.map((d) => (awarded * d.quantity) / planned);
  const shares = exact.map(Math.floor);
  let left = awarded - shares.reduce((s, q) => s + q, 0);
  // The largest remainders first; ties to the earlier delivery.
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  const kept = schedule.map((d, i) => ({ d, quantity: shares[i]! })).filter((x) => x.quantity > 0);
  return kept.map(({ d, quantity }, i) => ({ no: i + 1, of: kept.length, from: d.from, to: d.to, quantity }));
}
