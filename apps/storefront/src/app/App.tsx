import { fetchHealth } from "@chophien/web";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

/** The storefront placeholder: brand, language switch and the live system status. */
export function App() {
  const { t, i18n } = useTranslation();
  const health = useQuery({ queryKey: ["health"], queryFn: fetchHealth });
  const status = health.isPending ? t("status.loading") : health.data?.db === "up" ? t("status.ok") : t("status.down");
  return (
    <main>
      <header>
        <h1>{t("brand")}</h1>
        <p>{t("tagline")}</p>
        <button type="button" onClick={() => void i18n.changeLanguage(i18n.language === "vi" ? "en" : "vi")}>
          {t("language")}
        </button>
      </header>
      <p>{t("comingSoon")}</p>
      <p className="status" role="status">
        {t("status.label")}: <strong data-testid="health">{status}</strong>
      </p>
      <footer>
        <a href="/console/">{t("consoleLink")}</a>
      </footer>
    </main>
  );
}
