import { ApiError } from "@chophien/web";
import type { TFunction } from "i18next";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "@/shared/ui/icon";
import { TextField } from "@/shared/ui/text-field";
import { formText } from "@/shared/lib/form-text";
import { isVietnameseMobile, useRequestOtp, useVerifyOtp } from "../api/phone-sign-in";

/** Seconds before "resend" is offered again (the API also limits sends per number and per IP). */
const RESEND_AFTER = 30;

/** The API's refusal in the shopper's words. */
function otpErrorMessage(err: unknown, t: TFunction): string {
  if (!(err instanceof ApiError)) return t("phoneSignIn.errors.network");
  if (err.code === "rate_limited") return t("phoneSignIn.errors.rateLimited");
  if ((err.body.details ?? []).some((d) => d.path === "body.code")) return t("phoneSignIn.errors.wrongCode");
  if ((err.body.details ?? []).some((d) => d.path === "body.phone")) return t("phoneSignIn.errors.phone");
  return t("phoneSignIn.errors.generic");
}

/** Sign in by SMS: the number, then the 6-digit code (with resend). The first sign-in makes the account. */
export function PhoneSignInForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const ask = useRequestOtp();
  const verify = useVerifyOtp();
  const [phone, setPhone] = useState<string>();
  const [error, setError] = useState<string>();
  const [wait, setWait] = useState(0);

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const send = (number: string) => {
    verify.reset();
    ask.mutate(
      { phone: number },
      {
        onSuccess: () => {
          setPhone(number);
          setWait(RESEND_AFTER);
        },
      },
    );
  };

  const submitPhone = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const number = formText(new FormData(e.currentTarget), "phone").trim();
    if (!isVietnameseMobile(number)) return setError(t("phoneSignIn.errors.phone"));
    setError(undefined);
    send(number);
  };

  const submitCode = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const code = formText(new FormData(e.currentTarget), "code").replace(/\s/g, "");
    if (!/^\d{6}$/.test(code)) return setError(t("phoneSignIn.errors.codeFormat"));
    setError(undefined);
    verify.mutate({ phone: phone!, code }, { onSuccess });
  };

  const failure =
    error ?? (ask.isError ? otpErrorMessage(ask.error, t) : verify.isError ? otpErrorMessage(verify.error, t) : undefined);
  const alert = failure && (
    <p className="alert alert-error" role="alert">
      <Icon name="alert" size={18} />
      {failure}
    </p>
  );

  if (!phone)
    return (
      <form onSubmit={submitPhone} noValidate aria-label={t("phoneSignIn.title")}>
        {alert}
        <TextField
          label={t("phoneSignIn.phone")}
          hint={t("phoneSignIn.phoneHint")}
          name="phone"
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          required
          error={error}
        />
        <button type="submit" className="btn btn-primary btn-block btn-lg" disabled={ask.isPending}>
          {ask.isPending && <span className="spinner" aria-hidden="true" />}
          {t("phoneSignIn.sendCode")}
        </button>
      </form>
    );

  return (
    <form onSubmit={submitCode} noValidate aria-label={t("phoneSignIn.title")}>
      <p role="status">{t("phoneSignIn.sent", { phone })}</p>
      {alert}
      <TextField
        label={t("phoneSignIn.code")}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={6}
        required
        autoFocus
        error={error}
      />
      <button type="submit" className="btn btn-primary btn-block btn-lg" disabled={verify.isPending}>
        {verify.isPending && <span className="spinner" aria-hidden="true" />}
        {t("phoneSignIn.signIn")}
      </button>
      <p style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap", justifyContent: "space-between", margin: "0.75rem 0 0" }}>
        <button type="button" className="btn btn-secondary" disabled={wait > 0 || ask.isPending} onClick={() => send(phone)}>
          {wait > 0 ? t("phoneSignIn.resendIn", { seconds: wait }) : t("phoneSignIn.resend")}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            setPhone(undefined);
            setError(undefined);
            ask.reset();
            verify.reset();
          }}
        >
          {t("phoneSignIn.otherNumber")}
        </button>
      </p>
    </form>
  );
}
