import { formatDateTime, formatVnd } from "@chophien/contracts";
import { useTranslation } from "react-i18next";

/** The current language ("vi" | "en") with money and GMT+7 date formatting bound to it. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang: "vi" | "en" = i18n.language === "en" ? "en" : "vi";
  return {
    lang,
    vnd: formatVnd,
    dateTime: (iso: string) => formatDateTime(iso, lang),
    /** A category or anything with a Vietnamese `name` and an English `nameEn`. */
    localName: (v: { name: string; nameEn?: string }) => (lang === "en" && v.nameEn ? v.nameEn : v.name),
  };
}
