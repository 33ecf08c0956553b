import { useTranslation } from "react-i18next";
import { Icon } from "@/shared/ui/icon";

/** Switches between Vietnamese and English; the button names the other language, in that language. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const other = i18n.language === "en" ? "vi" : "en";
  return (
    <button type="button" className={className} onClick={() => void i18n.changeLanguage(other)} aria-label={t("language.switch")}>
      <Icon name="globe" size={20} />
      <span lang={other}>{t("language.short")}</span>
    </button>
  );
}
