import { formatDateTime, VN_TIME_ZONE } from "@chophien/contracts";

const dayOf = (iso: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: VN_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(iso),
  );
const timeOf = (iso: string) =>
  new Intl.DateTimeFormat("vi-VN", { timeZone: VN_TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: false }).format(
    new Date(iso),
  );

/**
 * When an event is, in GMT+7: `08:00 20/05/2026 – 11:30` within one day (Vietnam's day), else both ends in full
 * (`08:00 20/05/2026 – 17:00 22/05/2026`).
 */
export function eventSpan(startsAt: string, endsAt: string, lang: "vi" | "en" = "vi"): string {
  const start = formatDateTime(startsAt, lang);
  return dayOf(startsAt) === dayOf(endsAt) ? `${start} – ${timeOf(endsAt)}` : `${start} – ${formatDateTime(endsAt, lang)}`;
}

/** Whether the event has started (its results are then shown) or ended, at `now`. */
export function eventPhase(e: { startsAt: string; endsAt: string }, now: number = Date.now()): "upcoming" | "live" | "past" {
  if (now < Date.parse(e.startsAt)) return "upcoming";
  return now < Date.parse(e.endsAt) ? "live" : "past";
}
