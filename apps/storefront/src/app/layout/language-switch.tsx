import { useTranslation } from "react-i18next";
import { Icon } from "@/shared/ui/icon";

/** Switches between Vietnamese and English; the button names the other language in that language ("EN" when short). */
export function LanguageSwitch({ className, short = false }: { className?: string; short?: boolean }) {
  const { t, i18n } = useTranslation();
  const other = i18n.language === "en" ? "vi" : "en";
  const visible = short ? t("language.short") : t("language.other");
  // The accessible name starts with the visible text (WCAG 2.5.3, label in name), so "say EN" works for voice users.
  return (
    <button
      type="button"
      className={className}
      onClick={() => void i18n.changeLanguage(other)}
      aria-label={`${visible} · ${t("language.switch")}`}
    >
      <Icon name="globe" size={20} />
      <span lang={other}>{visible}</span>
    </button>
  );
}
