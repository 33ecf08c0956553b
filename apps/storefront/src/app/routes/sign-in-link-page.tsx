import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { useUnlock } from "@/features/auth/api/unlock";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { PageMeta } from "@/shared/ui/page-meta";
import styles from "./auth-page.module.css";

/** The token of a mailed link `/dang-nhap/lien-ket#token=…` (in the fragment, so no server ever logs it). */
const tokenOf = (hash: string) => new URLSearchParams(hash.replace(/^#/, "")).get("token") ?? "";

/**
 * /dang-nhap/lien-ket#token=… — the one-time sign-in link mailed when someone keeps guessing the account's
 * password: spends it once (the token leaves the address bar at once), then goes home signed in.
 */
export function SignInLinkPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const unlock = useUnlock();
  const [token] = useState(() => tokenOf(location.hash));
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void navigate(location.pathname, { replace: true });
    if (!token) return;
    unlock.mutate({ token }, { onSuccess: () => void navigate(paths.home(), { replace: true }) });
  }, [token, location.pathname, navigate, unlock]);

  const failed = unlock.isError || !token;
  return (
    <div className={`container page ${styles.page}`}>
      <PageMeta title={t("auth.link.title")} />
      <div className={`card ${styles.card}`}>
        <h1>{t("auth.link.title")}</h1>
        {failed ? (
          <>
            <p className="alert alert-error" role="alert">
              <Icon name="alert" size={18} />
              {t("auth.link.failed")}
            </p>
            <p className={styles.switch}>
              <Link to={paths.login()}>{t("auth.login")}</Link>
            </p>
          </>
        ) : (
          <p className="muted" role="status">
            {t("auth.link.working")}
          </p>
        )}
      </div>
    </div>
  );
}
