import { Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { useMe } from "@/features/auth/api/get-me";
import { useLogout } from "@/features/auth/api/logout";
import { useHelperStalls } from "@/features/helpers/api/helper-stalls";
import { ActingBanner } from "@/features/helpers/components/acting-banner";
import { useActingFor } from "@/shared/session/acting-store";
import { cx } from "@/shared/lib/cx";
import { Icon } from "@/shared/ui/icon";
import { LoadingState } from "@/shared/ui/state-message";
import { ToastRegion } from "@/shared/ui/toast";
import { useSession } from "@/shared/session/session-store";
import { LanguageSwitch } from "./language-switch";
import { useNavBadges } from "./nav-badges";
import { navFor } from "./nav-items";
import styles from "./console-layout.module.css";

/** A phone's tab bar shows this many areas side by side; more scroll sideways. */
const MAX_FIXED_TABS = 5;

/**
 * The frame of every signed-in page: a top bar (brand, language, sign out), the role's areas as a sidebar on a
 * laptop and as a bottom tab bar on a phone (thumb reach), and the page itself. Signed-out visitors go to sign-in
 * and come back to the page they asked for.
 */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const { user } = useMe();
  const location = useLocation();
  const logout = useLogout();
  const acting = useActingFor();
  const navigate = useNavigate();
  const helper = useHelperStalls(session.status === "signed-in" && !!user && user.role !== "admin");
  const badges = useNavBadges(acting ? "seller" : user?.role);
  const navRef = useRef<HTMLElement>(null);
  // On a phone with scrolling tabs, keep the current area's tab in view.
  useEffect(() => {
    navRef.current?.querySelector("[aria-current=page]")?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [location.pathname]);

  if (session.status === "loading")
    return (
      <div className={styles.splash}>
        <LoadingState rows={3} label={t("common.signingIn")} />
      </div>
    );
  if (session.status === "anonymous" || !user) {
    const next = location.pathname + location.search;
    return <Navigate to={next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`} replace />;
  }

  const items = navFor(user.role, { acting: !!acting, helper: !!helper.data });
  const withTabs = items.length > 1;
  return (
    <div className={cx(styles.shell, withTabs && styles.withTabs)}>
      <a href="#main" className="skip-link">
        {t("nav.skip")}
      </a>
      <header className={styles.topbar}>
        <NavLink to="/" className={styles.brand}>
          <span className={styles.mark} aria-hidden="true">
            <Icon name="leaf" size={20} />
          </span>
          <span className={styles.brandText}>
            <span className={styles.brandFull}>{t("brand")}</span>
            <span className={styles.brandShort}>{t("brandShort")}</span>
            <small>{t(`roleName.${user.role}`)}</small>
          </span>
        </NavLink>
        <div className={styles.topActions}>
          {user.role === "seller" && (
            <NavLink to="/stall" className={styles.topButton} aria-label={t("nav.myStall")}>
              <Icon name="store" size={20} />
              <span className={styles.topLabel}>{t("nav.myStall")}</span>
            </NavLink>
          )}
          <LanguageSwitch className={styles.topButton} />
          <span className={styles.user}>{user.fullName}</span>
          <button type="button" className={styles.topButton} onClick={() => logout.mutate()} aria-label={t("nav.signOut")}>
            <Icon name="logout" size={20} />
            <span className={styles.topLabel}>{t("nav.signOut")}</span>
          </button>
        </div>
      </header>

      {withTabs && (
        <nav
          ref={navRef}
          className={cx(styles.nav, items.length > MAX_FIXED_TABS && styles.manyTabs)}
          aria-label={t("nav.label")}
        >
          <ul>
            {items.map((item) => {
              const count = item.badge ? badges[item.badge] : undefined;
              return (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    end={item.end}
                    className={({ isActive }) => cx(styles.navLink, isActive && styles.active)}
                  >
                    <Icon name={item.icon} size={22} />
                    <span className={styles.navText}>{t(item.label)}</span>
                    {count ? (
                      <span className={styles.navBadge} aria-label={t("nav.waiting", { count })}>
                        {count}
                      </span>
                    ) : null}
                  </NavLink>
                </li>
              );
            })}
          </ul>
        </nav>
      )}

      <main id="main" className={styles.main} tabIndex={-1}>
        <ActingBanner onStop={() => void navigate("/helper")} />
        <Suspense fallback={<LoadingState rows={5} />}>
          <Outlet />
        </Suspense>
      </main>
      <ToastRegion closeLabel={t("common.close")} />
    </div>
  );
}
