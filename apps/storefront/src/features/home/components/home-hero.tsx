import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon, type IconName } from "@/shared/ui/icon";
import styles from "./home-hero.module.css";

const PROMISES: { icon: IconName; key: string }[] = [
  { icon: "leaf", key: "origin" },
  { icon: "truck", key: "cod" },
  { icon: "shield", key: "ocop" },
];

/** The welcome: what this market is, in one line, and where to start. */
export function HomeHero() {
  const { t } = useTranslation();
  return (
    <section className={styles.hero} aria-labelledby="home-title">
      <div className={styles.text}>
        <p className={styles.kicker}>{t("home.kicker")}</p>
        <h1 id="home-title" className={styles.title}>
          {t("home.title")}
        </h1>
        <p className={styles.lead}>{t("home.lead")}</p>
        <div className={styles.actions}>
          <Link className={`btn btn-lg ${styles.primary}`} to={paths.search({ ocopMin: 4, sort: "rating" })}>
            {t("home.ctaOcop")}
          </Link>
          <Link className={`btn btn-lg ${styles.secondary}`} to={paths.stalls()}>
            {t("home.ctaStalls")}
          </Link>
        </div>
      </div>
      <ul className={styles.promises}>
        {PROMISES.map((p) => (
          <li key={p.key}>
            <Icon name={p.icon} size={20} />
            {t(`home.promise.${p.key}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
