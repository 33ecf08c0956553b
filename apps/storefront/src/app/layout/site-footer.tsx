import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { LanguageSwitch } from "./language-switch";
import { LogoMark } from "./logo";
import styles from "./site-footer.module.css";

/** The footer: what the market is, where to go, language, and the open-source licence. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className={`${styles.footer} no-print`}>
      <div className={`container ${styles.grid}`}>
        <div className={styles.about}>
          <p className={styles.brand}>
            <LogoMark size={28} /> {t("brand")}
          </p>
          <p>{t("tagline")}</p>
        </div>
        <nav aria-label={t("footer.nav")}>
          <ul className={styles.links}>
            <li>
              <Link to={paths.search()}>{t("footer.allProducts")}</Link>
            </li>
            <li>
              <Link to={paths.search({ ocopMin: 4, sort: "rating" })}>{t("footer.ocop")}</Link>
            </li>
            <li>
              <Link to={paths.stalls()}>{t("nav.stalls")}</Link>
            </li>
            <li>
              <Link to={paths.lives()}>{t("live.title")}</Link>
            </li>
            <li>
              <Link to={paths.demands()}>{t("nav.demands")}</Link>
            </li>
            <li>
              <Link to={paths.events()}>{t("nav.events")}</Link>
            </li>
            <li>
              <Link to={paths.orders()}>{t("nav.orders")}</Link>
            </li>
            <li>
              <Link to={paths.lookup()}>{t("lookup.title")}</Link>
            </li>
            <li>
              <a href={paths.console()}>{t("footer.sell")}</a>
            </li>
          </ul>
        </nav>
        <div className={styles.meta}>
          <LanguageSwitch className={styles.lang} />
          <p className={styles.small}>{t("footer.license", { year: new Date().getFullYear() })}</p>
        </div>
      </div>
    </footer>
  );
}
