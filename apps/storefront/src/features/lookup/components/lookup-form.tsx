import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isVietnameseMobile } from "@/shared/lib/vn-mobile";
import { formText } from "@/shared/lib/form-text";
import { TextField, focusFirstInvalid } from "@/shared/ui/text-field";

/** The order code and the phone it was placed with. */
export function LookupForm({
  initial,
  busy,
  onSearch,
}: {
  initial: { code: string; phone: string };
  busy: boolean;
  onSearch: (search: { code: string; phone: string }) => void;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<{ code?: string; phone?: string }>({});
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const code = formText(data, "code").trim().toUpperCase();
    const phone = formText(data, "phone").trim();
    const next = {
      code: /^[A-Z0-9-]{6,24}$/.test(code) ? undefined : t("lookup.errors.code"),
      phone: isVietnameseMobile(phone) ? undefined : t("lookup.errors.phone"),
    };
    setErrors(next);
    if (next.code || next.phone) return requestAnimationFrame(() => focusFirstInvalid(form));
    onSearch({ code, phone });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("lookup.title")}>
      <TextField
        label={t("lookup.code")}
        hint={t("lookup.codeHint")}
        name="code"
        defaultValue={initial.code}
        autoCapitalize="characters"
        autoComplete="off"
        required
        error={errors.code}
      />
      <TextField
        label={t("lookup.phone")}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        defaultValue={initial.phone}
        required
        error={errors.phone}
      />
      <button type="submit" className="btn btn-primary btn-block btn-lg" disabled={busy}>
        {busy && <span className="spinner" aria-hidden="true" />}
        {t("lookup.submit")}
      </button>
    </form>
  );
}
