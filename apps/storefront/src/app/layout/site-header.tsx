import { useTranslation } from "react-i18next";
import { Link, NavLink, useLocation, useSearchParams } from "react-router";
import { CartButton } from "@/features/cart/components/cart-button";
import { SearchBox } from "@/features/search/components/search-box";
import { paths } from "@/shared/lib/paths";
import { useSession } from "@/shared/session/session-store";
import { Icon } from "@/shared/ui/icon";
import { LanguageSwitch } from "./language-switch";
import { LogoMark } from "./logo";
import styles from "./site-header.module.css";

/** The sticky header: brand, search with suggestions, language, account and the cart with its count. */
export function SiteHeader() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  const q = location.pathname === paths.search() ? (params.get("q") ?? "") : "";
  return (
    <header className={`${styles.header} no-print`}>
      <div className={`container ${styles.bar}`}>
        <Link to={paths.home()} className={styles.brand} aria-label={t("nav.home")}>
          <LogoMark />
          <span className={styles.brandName}>{t("brand")}</span>
        </Link>
        <div className={styles.search}>
          {/* Keyed by the query so the box shows what the results page is showing, after back/forward too. */}
          <SearchBox key={q} initial={q} />
        </div>
        <nav className={styles.nav} aria-label={t("nav.label")}>
          <NavLink to={paths.stalls()} className={styles.navLink} aria-label={t("nav.stalls")}>
            <Icon name="store" size={22} />
            <span className={styles.navText}>{t("nav.stalls")}</span>
          </NavLink>
          <NavLink to={paths.demands()} className={`${styles.navLink} ${styles.wideOnly}`} aria-label={t("nav.demands")}>
            <Icon name="clipboard" size={22} />
            <span className={styles.navText}>{t("nav.demands")}</span>
          </NavLink>
          <a href={paths.openStall()} className={styles.navLink} aria-label={t("nav.openStall")}>
            <Icon name="plus" size={22} />
            <span className={styles.navText}>{t("nav.openStall")}</span>
          </a>
          <LanguageSwitch className={styles.navLink} short />
          <NavLink
            to={session.status === "signed-in" ? paths.account() : paths.login()}
            className={styles.navLink}
            aria-label={session.status === "signed-in" ? t("nav.accountOf", { name: session.user.fullName }) : t("nav.login")}
          >
            <Icon name="user" size={22} />
            <span className={styles.navText}>{session.status === "signed-in" ? t("nav.account") : t("nav.login")}</span>
          </NavLink>
          <CartButton className={styles.navLink} />
        </nav>
      </div>
    </header>
  );
}
