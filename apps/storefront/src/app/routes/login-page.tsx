import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { LoginForm } from "@/features/auth/components/login-form";
import { paths, safeNext } from "@/shared/lib/paths";
import { useSession } from "@/shared/session/session-store";
import { PageMeta } from "@/shared/ui/page-meta";
import styles from "./auth-page.module.css";

/** /dang-nhap?next=… — sign in, then back to where the shopper was (the guest cart joins the account). */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const session = useSession();
  if (session.status === "signed-in") return <Navigate to={next} replace />;
  return (
    <div className={`container page ${styles.page}`}>
      <PageMeta title={t("auth.login")} />
      <div className={`card ${styles.card}`}>
        <h1>{t("auth.loginTitle")}</h1>
        <p className="muted">{t("auth.loginLead")}</p>
        <LoginForm onSuccess={() => void navigate(next, { replace: true })} />
        <p className={styles.switch}>
          {t("auth.noAccount")} <Link to={paths.register(params.get("next") ?? undefined)}>{t("auth.register")}</Link>
        </p>
      </div>
    </div>
  );
}
