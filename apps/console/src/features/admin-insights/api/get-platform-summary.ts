import type { Order, Stall, StallOrderStatus } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { addToDay, emptyDays, type DayPoint } from "@/shared/lib/daily-series";

interface Page<T> {
  items: T[];
  total: number;
}

/** The platform over the last `days` GMT+7 days, and what waits for an admin now. */
export interface PlatformSummary {
  /** GMV (amount, đồng: grand totals of orders not cancelled or unpaid) and orders (count) per day. */
  orders: DayPoint[];
  /** Stall applications received per day (count). */
  stalls: DayPoint[];
  gmv: number;
  orderCount: number;
  newStalls: number;
  pendingApplications: number;
  failedRefunds: number;
  /** True when a walk stopped at its page cap before covering the period. */
  partial: boolean;
}

const LIMIT = 60;
const MAX_PAGES = 20;
const NOT_SALES: StallOrderStatus[] = ["cancelled", "awaiting_payment"];

/**
 * STAND-IN for `GET /api/admin/summary?days=30`, which the API should add (three GROUP BY queries). Until then:
 * orders from `GET /api/admin/orders?from&to` (≤ 20 pages of 60), applications from the end of
 * `GET /api/admin/stalls` (oldest first, so read backwards), and two `limit=1` totals for the queues.
 */
export async function getPlatformSummary(days = 30, signal?: AbortSignal): Promise<PlatformSummary> {
  const orders = emptyDays(days);
  const stalls = emptyDays(days);
  const from = orders[0]!.day;
  const since = new Date(`${from}T00:00:00+07:00`).getTime();
  let gmv = 0;
  let orderCount = 0;
  let partial = false;

  for (let page = 1; ; page++) {
    const res = await api<Page<Order>>("/admin/orders", { query: { from, page, limit: LIMIT }, signal });
    for (const o of res.items) {
      if (NOT_SALES.includes(o.status)) continue;
      addToDay(orders, o.createdAt, o.grandTotal);
      gmv += o.grandTotal;
      orderCount += 1;
    }
    if (page * LIMIT >= res.total) break;
    if (page >= MAX_PAGES) {
      partial = true;
      break;
    }
  }

  const [pending, refunds, firstStalls] = await Promise.all([
    api<Page<Stall>>("/admin/stalls", { query: { status: "pending", limit: 1 }, signal }),
    api<Page<unknown>>("/admin/refunds", { query: { status: "failed", limit: 1 }, signal }),
    api<Page<Stall>>("/admin/stalls", { query: { limit: 1 }, signal }),
  ]);
  let newStalls = 0;
  // Oldest first: start at the last page and go back until a page begins before the period.
  for (let page = Math.max(1, Math.ceil(firstStalls.total / LIMIT)), walked = 0; page >= 1; page--, walked++) {
    if (walked >= MAX_PAGES) {
      partial = true;
      break;
    }
    const res = await api<Page<Stall>>("/admin/stalls", { query: { page, limit: LIMIT }, signal });
    for (const s of res.items)
      if (new Date(s.createdAt).getTime() >= since) {
        addToDay(stalls, s.createdAt, 1);
        newStalls += 1;
      }
    if (!res.items.length || new Date(res.items[0]!.createdAt).getTime() < since) break;
  }

  return {
    orders,
    stalls,
    gmv,
    orderCount,
    newStalls,
    pendingApplications: pending.total,
    failedRefunds: refunds.total,
    partial,
  };
}

export const platformSummaryQuery = (days = 30) =>
  queryOptions({
    queryKey: ["platform-summary", days],
    queryFn: ({ signal }) => getPlatformSummary(days, signal),
    staleTime: 60_000,
  });

export const usePlatformSummary = (days = 30) => useQuery(platformSummaryQuery(days));
