import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { RegisterForm } from "@/features/auth/components/register-form";
import { paths, safeNext } from "@/shared/lib/paths";
import { useSession } from "@/shared/session/session-store";
import { PageMeta } from "@/shared/ui/page-meta";
import styles from "./auth-page.module.css";

/** /dang-ky?next=… — a new shopper account; the cart built as a guest comes along. */
export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const session = useSession();
  if (session.status === "signed-in") return <Navigate to={next} replace />;
  return (
    <div className={`container page ${styles.page}`}>
      <PageMeta title={t("auth.register")} />
      <div className={`card ${styles.card}`}>
        <h1>{t("auth.registerTitle")}</h1>
        <p className="muted">{t("auth.registerLead")}</p>
        <RegisterForm onSuccess={() => void navigate(next, { replace: true })} />
        <p className={styles.switch}>
          {t("auth.haveAccount")} <Link to={paths.login(params.get("next") ?? undefined)}>{t("auth.login")}</Link>
        </p>
      </div>
    </div>
  );
}
