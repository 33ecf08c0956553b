import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { TextField, focusFirstInvalid } from "@/shared/ui/text-field";
import { useLogin } from "../api/login";
import { authErrorMessage } from "./auth-errors";
import { formText } from "@/shared/lib/form-text";

/** Email and password; on success the caller navigates on (to `next`). */
export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const email = formText(data, "email").trim();
    const password = formText(data, "password");
    const next = {
      email: /^\S+@\S+\.\S+$/.test(email) ? undefined : t("auth.errors.email"),
      password: password ? undefined : t("auth.errors.passwordRequired"),
    };
    setErrors(next);
    if (next.email || next.password) return requestAnimationFrame(() => focusFirstInvalid(form.current));
    login.mutate({ email, password }, { onSuccess });
  };

  return (
    <form ref={form} onSubmit={submit} noValidate>
      {login.isError && (
        <p className="alert alert-error" role="alert">
          <Icon name="alert" size={18} />
          {authErrorMessage(login.error, t)}
        </p>
      )}
      <TextField
        label={t("auth.email")}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        error={errors.email}
      />
      <TextField
        label={t("auth.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <p className="muted" style={{ margin: "0 0 1rem", textAlign: "right" }}>
        <Link to={paths.forgotPassword()} className="tap-target">
          {t("auth.reset.forgot")}
        </Link>
      </p>
      <button type="submit" className="btn btn-primary btn-block btn-lg" disabled={login.isPending}>
        {login.isPending && <span className="spinner" aria-hidden="true" />}
        {t("auth.login")}
      </button>
    </form>
  );
}
