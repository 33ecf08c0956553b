import type { User } from "@chophien/contracts";
import { LIMITS } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "@/shared/ui/icon";
import { TextField, focusFirstInvalid } from "@/shared/ui/text-field";
import { useUpdateMe } from "../api/update-me";
import { formText } from "@/shared/lib/form-text";

const VN_PHONE = /^(\+84|0)(3|5|7|8|9|2\d)\d{8}$/;

/** The profile: email (read-only), name and phone, saved with PATCH /api/me. */
export function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const update = useUpdateMe();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<{ fullName?: string; phone?: string }>({});

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const fullName = formText(data, "fullName").trim();
    const phone = formText(data, "phone").replace(/[\s.]/g, "");
    const next = {
      fullName: fullName ? undefined : t("auth.errors.nameRequired"),
      phone: !phone || VN_PHONE.test(phone) ? undefined : t("auth.errors.phone"),
    };
    setErrors(next);
    if (next.fullName || next.phone) {
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    update.mutate({ fullName, phone: phone || null });
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="card" style={{ padding: "1rem" }}>
      <TextField
        label={t("auth.email")}
        value={user.email ?? ""}
        readOnly
        hint={t("account.memberSince", { date: dateTime(user.createdAt) })}
      />
      <TextField
        label={t("auth.fullName")}
        name="fullName"
        defaultValue={user.fullName}
        autoComplete="name"
        maxLength={LIMITS.fullNameMax}
        error={errors.fullName}
      />
      <TextField
        label={t("auth.phone")}
        name="phone"
        type="tel"
        inputMode="tel"
        defaultValue={user.phone ?? ""}
        autoComplete="tel"
        placeholder="0912345678"
        error={errors.phone}
      />
      {update.isSuccess && (
        <p className="alert alert-success" role="status">
          <Icon name="check" size={18} />
          {t("account.saved")}
        </p>
      )}
      {update.isError && (
        <p className="alert alert-error" role="alert">
          <Icon name="alert" size={18} />
          {t("account.saveFailed")}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={update.isPending}>
        {t("account.save")}
      </button>
    </form>
  );
}
