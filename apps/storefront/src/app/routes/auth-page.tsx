import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { LoginForm } from "@/features/auth/components/login-form";
import { PhoneSignInForm } from "@/features/auth/components/phone-sign-in-form";
import { RegisterForm } from "@/features/auth/components/register-form";
import { paths, safeNext } from "@/shared/lib/paths";
import { useSession } from "@/shared/session/session-store";
import { PageMeta } from "@/shared/ui/page-meta";
import styles from "./auth-page.module.css";

const MODES = {
  login: {
    Form: LoginForm,
    title: "auth.login",
    heading: "auth.loginTitle",
    lead: "auth.loginLead",
    switchText: "auth.noAccount",
    other: "register",
  },
  register: {
    Form: RegisterForm,
    title: "auth.register",
    heading: "auth.registerTitle",
    lead: "auth.registerLead",
    switchText: "auth.haveAccount",
    other: "login",
  },
} as const;

/**
 * /dang-nhap?next=… (sign in) and /dang-ky?next=… (a new shopper account): then back to where the shopper was,
 * the cart built as a guest joining the account; a link to the other one keeps `next`.
 */
export function AuthPage({ mode }: { mode: keyof typeof MODES }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const session = useSession();
  if (session.status === "signed-in") return <Navigate to={next} replace />;
  const { Form, title, heading, lead, switchText, other } = MODES[mode];
  return (
    <div className={`container page ${styles.page}`}>
      <PageMeta title={t(title)} />
      <div className={`card ${styles.card}`}>
        <h1>{t(heading)}</h1>
        <p className="muted">{t(lead)}</p>
        {mode === "login" && (
          <>
            {/* Phone first: most shoppers have a number and a banking app, fewer an e-mail password. */}
            <h2 className={styles.method}>{t("phoneSignIn.title")}</h2>
            <PhoneSignInForm onSuccess={() => void navigate(next, { replace: true })} />
            <h2 className={styles.method}>{t("phoneSignIn.orEmail")}</h2>
          </>
        )}
        <Form onSuccess={() => void navigate(next, { replace: true })} />
        <p className={styles.switch}>
          {t(switchText)} <Link to={paths[other](params.get("next") ?? undefined)}>{t(MODES[other].title)}</Link>
        </p>
        <p className={styles.switch}>
          {t("lookup.guestQuestion")} <Link to={paths.lookup()}>{t("lookup.title")}</Link>
        </p>
      </div>
    </div>
  );
}

export const LoginPage = () => <AuthPage mode="login" />;
export const RegisterPage = () => <AuthPage mode="register" />;
