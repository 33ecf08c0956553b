import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useSearchParams } from "react-router";
import { useLogin } from "@/features/auth/api/login";
import { errorMessage } from "@/shared/lib/error-message";
import { formText } from "@/shared/lib/form-text";
import { TextField, focusFirstInvalid } from "@/shared/ui/field";
import { Icon } from "@/shared/ui/icon";
import { useSession } from "@/shared/session/session-store";
import { LanguageSwitch } from "../layout/language-switch";
import styles from "./login-page.module.css";

/** Only paths inside the console: a crafted `?next=https://…` must not send a fresh sign-in elsewhere. */
const safeNext = (next: string | null) => (next && next.startsWith("/") && !next.startsWith("//") ? next : "/");

/** One sign-in for sellers, applicants and admins; each lands in their own area afterwards. */
export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const session = useSession();
  const login = useLogin();
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const next = safeNext(params.get("next"));
  const tabTitle = `${t("login.title")} · ${t("brandShort")}`;
  useEffect(() => {
    document.title = tabTitle;
  }, [tabTitle]);

  if (session.status === "signed-in") return <Navigate to={next} replace />;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const email = formText(data, "email");
    const raw = data.get("password");
    // Not trimmed: spaces may be part of a password.
    const password = typeof raw === "string" ? raw : "";
    const found = {
      email: /^\S+@\S+\.\S+$/.test(email) ? undefined : t("login.emailInvalid"),
      password: password ? undefined : t("validation.required"),
    };
    setErrors(found);
    if (found.email || found.password) return focusFirstInvalid(form);
    login.mutate({ email, password });
  };

  return (
    <div className={styles.page}>
      <div className={styles.top}>
        <LanguageSwitch className="btn btn-ghost" />
      </div>
      <main className={styles.main}>
        <div className={styles.brand}>
          <span className={styles.mark} aria-hidden="true">
            <Icon name="leaf" size={28} />
          </span>
          <h1>{t("brand")}</h1>
          <p className="muted">{t("login.tagline")}</p>
        </div>
        <form className={`card ${styles.form}`} onSubmit={submit} noValidate aria-labelledby="login-title">
          <h2 id="login-title">{t("login.title")}</h2>
          <TextField
            label={t("login.email")}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            error={errors.email}
          />
          <TextField
            label={t("login.password")}
            name="password"
            type="password"
            autoComplete="current-password"
            error={errors.password}
          />
          {login.isError && (
            <p className="form-error" role="alert">
              {errorMessage(login.error, t, {
                invalid_credentials: t("login.wrong"),
                unauthorized: t("login.wrong"),
                rate_limited: t("login.rateLimited"),
              })}
            </p>
          )}
          <button type="submit" className="btn btn-primary btn-lg btn-block" disabled={login.isPending}>
            {login.isPending ? t("common.working") : t("login.submit")}
          </button>
          <p className={styles.register}>
            {t("login.noAccount")} <a href="/dang-ky">{t("login.register")}</a>
          </p>
        </form>
        <p className={styles.back}>
          <a href="/" className="tap-target">
            {t("login.backToMarket")}
          </a>
        </p>
      </main>
    </div>
  );
}
