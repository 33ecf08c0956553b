import { VN_TIME_ZONE } from "@chophien/web";

const wall = new Intl.DateTimeFormat("en-CA", {
  timeZone: VN_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** An instant as a `datetime-local` value in GMT+7 (`2026-05-20T08:00`), whatever the device's own zone. */
export function toLocalInput(iso: string): string {
  const p = Object.fromEntries(wall.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A `datetime-local` value read as GMT+7 wall time, as the API takes it (`2026-05-20T08:00:00+07:00`); "" stays "". */
export const fromLocalInput = (v: string): string => (v ? `${v}:00+07:00` : "");
