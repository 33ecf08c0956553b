import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useRequestPasswordReset } from "@/features/auth/api/password-reset";
import { authErrorMessage } from "@/features/auth/components/auth-errors";
import { formText } from "@/shared/lib/form-text";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { PageMeta } from "@/shared/ui/page-meta";
import { TextField, focusFirstInvalid } from "@/shared/ui/text-field";
import styles from "./auth-page.module.css";

/** /quen-mat-khau — asks for a password-reset link by mail; says the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const ask = useRequestPasswordReset();
  const form = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string>();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const email = formText(new FormData(e.currentTarget), "email").trim();
    const invalid = /^\S+@\S+\.\S+$/.test(email) ? undefined : t("auth.errors.email");
    setError(invalid);
    if (invalid) return requestAnimationFrame(() => focusFirstInvalid(form.current));
    ask.mutate({ email });
  };

  return (
    <div className={`container page ${styles.page}`}>
      <PageMeta title={t("auth.reset.forgotTitle")} />
      <div className={`card ${styles.card}`}>
        <h1>{t("auth.reset.forgotTitle")}</h1>
        {ask.isSuccess ? (
          <p className="alert alert-success" role="status">
            <Icon name="check" size={18} />
            {t("auth.reset.sent")}
          </p>
        ) : (
          <form ref={form} onSubmit={submit} noValidate>
            <p className="muted">{t("auth.reset.forgotIntro")}</p>
            {ask.isError && (
              <p className="alert alert-error" role="alert">
                <Icon name="alert" size={18} />
                {authErrorMessage(ask.error, t)}
              </p>
            )}
            <TextField
              label={t("auth.email")}
              name="email"
              type="email"
              autoComplete="email"
              inputMode="email"
              required
              error={error}
            />
            <button type="submit" className="btn btn-primary btn-block btn-lg" disabled={ask.isPending}>
              {ask.isPending && <span className="spinner" aria-hidden="true" />}
              {t("auth.reset.send")}
            </button>
          </form>
        )}
        <p className={styles.switch}>
          <Link to={paths.login()}>{t("auth.reset.backToLogin")}</Link>
        </p>
      </div>
    </div>
  );
}
