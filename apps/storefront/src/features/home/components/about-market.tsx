import { useTranslation } from "react-i18next";
import { paths } from "@/shared/lib/paths";
import styles from "./about-market.module.css";

/** A short "about this market": the young founders, the OCOP programme, and how to open a stall. */
export function AboutMarket() {
  const { t } = useTranslation();
  return (
    <section className={styles.about} aria-labelledby="about-title">
      <h2 id="about-title">{t("about.title")}</h2>
      <div className={styles.columns}>
        <div>
          <h3 className={styles.subtitle}>{t("about.youthTitle")}</h3>
          <p>{t("about.youth")}</p>
        </div>
        <div>
          <h3 className={styles.subtitle}>{t("about.ocopTitle")}</h3>
          <p>{t("about.ocop")}</p>
        </div>
        <div>
          <h3 className={styles.subtitle}>{t("about.sellTitle")}</h3>
          <p>{t("about.sell")}</p>
          <a className="btn btn-secondary" href={paths.console()}>
            {t("about.sellCta")}
          </a>
        </div>
      </div>
    </section>
  );
}
