import { LIMITS } from "@chophien/contracts";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "@/shared/ui/icon";
import { TextField, focusFirstInvalid } from "@/shared/ui/text-field";
import { useRegister } from "../api/register";
import { authErrorMessage, serverFieldErrors } from "./auth-errors";
import { formText } from "@/shared/lib/form-text";

/** The same rule as the contract's VnPhone, kept here so this page needs no zod. */
const VN_PHONE = /^(\+84|0)(3|5|7|8|9|2\d)\d{8}$/;

type Errors = Partial<Record<"fullName" | "email" | "password" | "phone", string>>;

/** A new shopper account: name, email, password and (optional) phone. */
export function RegisterForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const register = useRegister();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Errors>({});
  const rejected = serverFieldErrors(register.error);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const value = (k: string) => formText(data, k).trim();
    const [fullName, email, password, phone] = [
      value("fullName"),
      value("email"),
      formText(data, "password"),
      value("phone").replace(/[\s.]/g, ""),
    ];
    const next: Errors = {
      fullName: fullName ? undefined : t("auth.errors.nameRequired"),
      email: /^\S+@\S+\.\S+$/.test(email) ? undefined : t("auth.errors.email"),
      password: password.length >= LIMITS.passwordMin ? undefined : t("auth.errors.passwordShort", { count: LIMITS.passwordMin }),
      phone: !phone || VN_PHONE.test(phone) ? undefined : t("auth.errors.phone"),
    };
    setErrors(next);
    if (Object.values(next).some(Boolean)) return requestAnimationFrame(() => focusFirstInvalid(form.current));
    register.mutate({ fullName, email, password, ...(phone ? { phone } : {}) }, { onSuccess });
  };

  const error = (k: keyof Errors) => errors[k] ?? (rejected.has(k) ? t("auth.errors.fieldRejected") : undefined);
  return (
    <form ref={form} onSubmit={submit} noValidate>
      {register.isError && (
        <p className="alert alert-error" role="alert">
          <Icon name="alert" size={18} />
          {authErrorMessage(register.error, t)}
        </p>
      )}
      <TextField
        label={t("auth.fullName")}
        name="fullName"
        autoComplete="name"
        required
        maxLength={LIMITS.fullNameMax}
        error={error("fullName")}
      />
      <TextField
        label={t("auth.email")}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        error={error("email")}
      />
      <TextField
        label={t("auth.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={LIMITS.passwordMin}
        hint={t("auth.passwordHint", { count: LIMITS.passwordMin })}
        error={error("password")}
      />
      <TextField
        label={t("auth.phoneOptional")}
        name="phone"
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        placeholder="0912345678"
        error={error("phone")}
      />
      <button type="submit" className="btn btn-primary btn-block btn-lg" disabled={register.isPending}>
        {register.isPending && <span className="spinner" aria-hidden="true" />}
        {t("auth.register")}
      </button>
    </form>
  );
}
