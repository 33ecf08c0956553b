import { ORGANISATION_KINDS, PROVINCES } from "@chophien/contracts";
import { SelectField } from "@chophien/web";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { focusFirstInvalid, TextField } from "@/shared/ui/text-field";
import { useRegisterOrganisation } from "../api/organisation";
import { demandErrorKey } from "../lib/error-text";
import {
  EMPTY_ORGANISATION,
  validateOrganisation,
  type OrganisationErrors,
  type OrganisationField,
} from "../lib/organisation-form";
import styles from "./demands.module.css";

const collator = new Intl.Collator("vi");
const SORTED = [...PROVINCES].sort((a, b) => collator.compare(a.name, b.name));

/** Registering a business as a buyer: the tax code checked by its check digit before it is sent. */
export function OrganisationForm() {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const register = useRegisterOrganisation();
  const [draft, setDraft] = useState(EMPTY_ORGANISATION);
  const [errors, setErrors] = useState<OrganisationErrors>({});
  const field = (name: OrganisationField) => ({
    name,
    value: draft[name],
    error: errors[name] ? t(`organisation.errors.${name}`) : undefined,
    onChange: (e: { target: { value: string } }) => {
      setDraft((d) => ({ ...d, [name]: e.target.value }));
      if (errors[name]) setErrors((x) => ({ ...x, [name]: undefined }));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validateOrganisation(draft);
    if (result.errors) {
      setErrors(result.errors);
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    register.mutate(result.request);
  };
  return (
    <form ref={form} className={styles.form} onSubmit={submit} noValidate aria-label={t("organisation.register")}>
      <TextField label={t("organisation.name")} autoComplete="organization" required {...field("name")} />
      <TextField
        label={t("organisation.taxCode")}
        inputMode="numeric"
        hint={t("organisation.taxCodeHint")}
        required
        {...field("taxCode")}
      />
      <SelectField label={t("organisation.kind")} required {...field("kind")}>
        <option value="">{t("organisation.chooseKind")}</option>
        {ORGANISATION_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`organisation.kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("filters.province")} required {...field("province")}>
        <option value="">{t("checkout.chooseProvince")}</option>
        {SORTED.map((p) => (
          <option key={p.slug} value={p.slug}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <TextField label={t("organisation.address")} autoComplete="street-address" required {...field("address")} />
      <TextField label={t("organisation.phone")} type="tel" inputMode="tel" autoComplete="tel" required {...field("phone")} />
      <TextField
        label={t("organisation.website")}
        type="url"
        inputMode="url"
        hint={t("organisation.optional")}
        {...field("website")}
      />
      {register.isError && (
        <p className="alert alert-error" role="alert">
          {t(demandErrorKey(register.error, "register"))}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-block" disabled={register.isPending}>
        {t("organisation.submit")}
      </button>
    </form>
  );
}
