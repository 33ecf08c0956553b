import { VN_TIME_ZONE, useFormat as useSharedFormat } from "@chophien/web";

const dateFormats = {
  vi: new Intl.DateTimeFormat("vi-VN", { timeZone: VN_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: VN_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" }),
};
const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: VN_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The GMT+7 calendar day of an instant, `YYYY-MM-DD` (what the API's `from`/`to` filters take). */
export const vnDay = (iso: string | Date) => dayFormat.format(typeof iso === "string" ? new Date(iso) : iso);

/** The shared formatting (money, GMT+7 date and time, local names) and the console's dense dates and numbers. */
export function useFormat() {
  const format = useSharedFormat();
  const { lang } = format;
  return {
    ...format,
    /** The GMT+7 date alone, `28/11/2026`, for dense tables. (A `formatDate` beside formatDateTime in packages/web would serve both apps.) */
    date: (iso: string) => dateFormats[lang].format(new Date(iso)),
    /** `28/11` — a chart axis tick for a GMT+7 day `YYYY-MM-DD`. */
    shortDay: (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`,
    number: (n: number) => n.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB"),
  };
}
