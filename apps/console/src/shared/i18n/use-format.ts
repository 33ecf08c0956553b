import { VN_TIME_ZONE, formatDateTime, formatVnd } from "@chophien/web";
import { useTranslation } from "react-i18next";

const dateFormats = {
  vi: new Intl.DateTimeFormat("vi-VN", { timeZone: VN_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: VN_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" }),
};
const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: VN_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The GMT+7 calendar day of an instant, `YYYY-MM-DD` (what the API's `from`/`to` filters take). */
export const vnDay = (iso: string | Date) => dayFormat.format(typeof iso === "string" ? new Date(iso) : iso);

/** The current language ("vi" | "en") with money, GMT+7 dates and numbers bound to it. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang: "vi" | "en" = i18n.language === "en" ? "en" : "vi";
  return {
    lang,
    vnd: formatVnd,
    dateTime: (iso: string) => formatDateTime(iso, lang),
    /** The GMT+7 date alone, `28/11/2026`, for dense tables. (A `formatDate` beside formatDateTime in packages/web would serve both apps.) */
    date: (iso: string) => dateFormats[lang].format(new Date(iso)),
    /** `28/11` — a chart axis tick for a GMT+7 day `YYYY-MM-DD`. */
    shortDay: (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`,
    number: (n: number) => n.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB"),
    /** A category or anything with a Vietnamese `name` and an English `nameEn`. */
    localName: (v: { name: string; nameEn?: string }) => (lang === "en" && v.nameEn ? v.nameEn : v.name),
  };
}
