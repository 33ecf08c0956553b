import { z } from "zod";
import { Image } from "./media";
import { STALL_ORDER_STATUSES } from "./orders";

/** `?days=` of the dashboards: the last N GMT+7 days, today included. */
export const SummaryQuery = z
  .object({ days: z.coerce.number().int().min(1).max(366).default(30) })
  .strict()
  .meta({ id: "SummaryQuery" });
export type SummaryQuery = z.infer<typeof SummaryQuery>;

/** One GMT+7 day of a chart; every day of the period is present, zero when nothing happened. */
export const DayPoint = z
  .object({
    day: z.iso.date().meta({ example: "2026-11-28" }),
    /** đồng */
    amount: z.number().int(),
    count: z.number().int(),
  })
  .meta({ id: "DayPoint" });
export type DayPoint = z.infer<typeof DayPoint>;

const StatusCounts = z.partialRecord(z.enum(STALL_ORDER_STATUSES), z.number().int());

/**
 * A stall's dashboard. Sales are stall orders placed in the period that are neither cancelled nor still awaiting
 * payment; revenue is their goods subtotal (shipping excluded), by the GMT+7 day they were placed.
 */
export const SellerSummary = z
  .object({
    days: z.array(DayPoint),
    revenue: z.number().int(),
    orders: z.number().int(),
    /** The five best sellers of the period by revenue. */
    topProducts: z.array(
      z.object({
        productId: z.uuid(),
        name: z.string(),
        quantity: z.number().int(),
        revenue: z.number().int(),
        thumbnail: Image.nullable(),
      }),
    ),
    /** The stall's orders per status, all time. */
    counts: StatusCounts,
  })
  .meta({ id: "SellerSummary" });
export type SellerSummary = z.infer<typeof SellerSummary>;

/** The platform's dashboard: GMV (grand totals of sales, as above) per day, new stall applications, the queues. */
export const PlatformSummary = z
  .object({
    /** amount = GMV in đồng, count = orders (checkouts), per GMT+7 day */
    orders: z.array(DayPoint),
    /** count = stall applications received (amount is 0) */
    stalls: z.array(DayPoint),
    gmv: z.number().int(),
    orderCount: z.number().int(),
    newStalls: z.number().int(),
    pendingApplications: z.number().int(),
    failedRefunds: z.number().int(),
    hiddenProducts: z.number().int(),
    /** Hidden products whose sellers ask for another look. */
    reviewRequests: z.number().int(),
  })
  .meta({ id: "PlatformSummary" });
export type PlatformSummary = z.infer<typeof PlatformSummary>;
