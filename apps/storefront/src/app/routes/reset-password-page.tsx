import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { ApiError } from "@chophien/web";
import { useConfirmPasswordReset } from "@/features/auth/api/password-reset";
import { authErrorMessage } from "@/features/auth/components/auth-errors";
import { formText } from "@/shared/lib/form-text";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { PageMeta } from "@/shared/ui/page-meta";
import { TextField, focusFirstInvalid } from "@/shared/ui/text-field";
import styles from "./auth-page.module.css";

const tokenOf = (hash: string) => new URLSearchParams(hash.replace(/^#/, "")).get("token") ?? "";

/**
 * /dat-lai-mat-khau#token=… — the mailed reset link: a new password, once. The token is read from the fragment (no
 * server logs it) and dropped from the address bar at once; on success every other session ends and this one goes home signed in.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const reset = useConfirmPasswordReset();
  const form = useRef<HTMLFormElement>(null);
  const [token] = useState(() => tokenOf(location.hash));
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});

  useEffect(() => {
    if (location.hash) void navigate(location.pathname, { replace: true });
  }, [location.hash, location.pathname, navigate]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const password = formText(data, "password");
    const repeat = formText(data, "repeat");
    const next = {
      password: password.length >= 8 ? undefined : t("auth.errors.passwordShort", { count: 8 }),
      repeat: repeat === password ? undefined : t("auth.reset.mismatch"),
    };
    setErrors(next);
    if (next.password || next.repeat) return requestAnimationFrame(() => focusFirstInvalid(form.current));
    reset.mutate({ token, password }, { onSuccess: () => void navigate(paths.home(), { replace: true }) });
  };

  const badLink =
    !token || (reset.error instanceof ApiError && reset.error.body.details?.some((d) => d.path === "body.token") === true);
  const passwordProblem = reset.error instanceof ApiError && !badLink ? authErrorMessage(reset.error, t) : undefined;
  return (
    <div className={`container page ${styles.page}`}>
      <PageMeta title={t("auth.reset.title")} />
      <div className={`card ${styles.card}`}>
        <h1>{t("auth.reset.title")}</h1>
        {badLink ? (
          <>
            <p className="alert alert-error" role="alert">
              <Icon name="alert" size={18} />
              {t("auth.reset.badLink")}
            </p>
            <p className={styles.switch}>
              <Link to={paths.forgotPassword()}>{t("auth.reset.askAgain")}</Link>
            </p>
          </>
        ) : (
          <form ref={form} onSubmit={submit} noValidate>
            {passwordProblem && (
              <p className="alert alert-error" role="alert">
                <Icon name="alert" size={18} />
                {passwordProblem}
              </p>
            )}
            <TextField
              label={t("auth.reset.newPassword")}
              name="password"
              type="password"
              autoComplete="new-password"
              hint={t("auth.reset.hint")}
              required
              error={errors.password}
            />
            <TextField
              label={t("auth.reset.repeat")}
              name="repeat"
              type="password"
              autoComplete="new-password"
              required
              error={errors.repeat}
            />
            <button type="submit" className="btn btn-primary btn-block btn-lg" disabled={reset.isPending}>
              {reset.isPending && <span className="spinner" aria-hidden="true" />}
              {t("auth.reset.save")}
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
