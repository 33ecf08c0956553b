import type { StallOrder, StallOrderStatus } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { addToDay, emptyDays, type DayPoint } from "@/shared/lib/daily-series";

/** A product's sales in the period. */
export interface TopProduct {
  productId: string;
  name: string;
  quantity: number;
  /** đồng */
  revenue: number;
  thumbnailUrl: string | null;
}

/** What the seller dashboard shows for the last `days` days (GMT+7). */
export interface SellerSalesSummary {
  days: DayPoint[];
  /** đồng of goods in orders that were not cancelled (shipping excluded). */
  revenue: number;
  orders: number;
  topProducts: TopProduct[];
  /** The stall's orders per status, all time. */
  counts: Partial<Record<StallOrderStatus, number>>;
  /** True when the walk stopped at MAX_PAGES before reaching the start of the period. */
  partial: boolean;
}

const LIMIT = 60;
const MAX_PAGES = 15;
/** Orders that are not (or not yet) sales. */
const NOT_SALES: StallOrderStatus[] = ["cancelled", "awaiting_payment"];

/**
 * STAND-IN for a summary endpoint the API should add — `GET /api/seller/summary?days=30` answering exactly this
 * shape from one SQL aggregate. Until then it walks `GET /api/seller/orders` newest first, 60 at a time, until the
 * period is covered (at most 15 pages = 900 orders, then `partial`). Only this file changes when the endpoint lands.
 */
export async function getSellerSalesSummary(days = 30, signal?: AbortSignal): Promise<SellerSalesSummary> {
  const series = emptyDays(days);
  const since = new Date(`${series[0]!.day}T00:00:00+07:00`).getTime();
  const products = new Map<string, TopProduct>();
  let counts: SellerSalesSummary["counts"] = {};
  let revenue = 0;
  let orders = 0;
  let partial = false;

  for (let page = 1; ; page++) {
    const res = await api<{ items: StallOrder[]; total: number; counts: SellerSalesSummary["counts"] }>("/seller/orders", {
      query: { page, limit: LIMIT },
      signal,
    });
    counts = res.counts;
    const inPeriod = res.items.filter((o) => new Date(o.createdAt).getTime() >= since);
    for (const o of inPeriod) {
      if (NOT_SALES.includes(o.status)) continue;
      addToDay(series, o.createdAt, o.subtotal);
      revenue += o.subtotal;
      orders += 1;
      for (const item of o.items) {
        const p = products.get(item.productId) ?? {
          productId: item.productId,
          name: item.name,
          quantity: 0,
          revenue: 0,
          thumbnailUrl: item.thumbnail?.variants[0]?.url ?? item.thumbnail?.url ?? null,
        };
        p.quantity += item.quantity;
        p.revenue += item.lineTotal;
        products.set(item.productId, p);
      }
    }
    const reachedStart = inPeriod.length < res.items.length;
    if (reachedStart || page * LIMIT >= res.total) break;
    if (page >= MAX_PAGES) {
      partial = true;
      break;
    }
  }
  const topProducts = [...products.values()].sort((a, b) => b.revenue - a.revenue).slice(0, 5);
  return { days: series, revenue, orders, topProducts, counts, partial };
}

export const sellerSummaryQuery = (days = 30) =>
  queryOptions({
    queryKey: ["seller-summary", days],
    queryFn: ({ signal }) => getSellerSalesSummary(days, signal),
    staleTime: 60_000,
  });

export const useSellerSalesSummary = (days = 30) => useQuery(sellerSummaryQuery(days));
