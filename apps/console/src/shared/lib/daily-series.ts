import { vnDay } from "../i18n/use-format";

/** One GMT+7 day of a chart: `day` is `YYYY-MM-DD`. */
export interface DayPoint {
  day: string;
  /** đồng */
  amount: number;
  count: number;
}

/** The last `days` GMT+7 days ending today, oldest first, every one present (zero when nothing happened). */
export function emptyDays(days: number, now = new Date()): DayPoint[] {
  return Array.from({ length: days }, (_, i) => ({
    day: vnDay(new Date(now.getTime() - (days - 1 - i) * 86_400_000)),
    amount: 0,
    count: 0,
  }));
}

/** Adds `amount` (and one to the count) to the GMT+7 day of `iso`, if that day is in the series. */
export function addToDay(series: DayPoint[], iso: string, amount: number): void {
  const point = series.find((p) => p.day === vnDay(iso));
  if (point) {
    point.amount += amount;
    point.count += 1;
  }
}
