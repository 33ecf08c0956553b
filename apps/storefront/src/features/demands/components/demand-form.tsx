import { PROVINCES, type PublicDemand } from "@chophien/contracts";
import { ApiError, SelectField, TextAreaField } from "@chophien/web";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { focusFirstInvalid, TextField } from "@/shared/ui/text-field";
import { useCreateDemand } from "../api/demands";
import { EMPTY_DEMAND, errorKeyFor, validateDemand, type DemandDraft, type DemandErrors } from "../lib/demand-form";
import { demandErrorKey } from "../lib/error-text";
import { DeliveriesFields } from "./deliveries-fields";
import styles from "./demands.module.css";

const collator = new Intl.Collator("vi");
const SORTED = [...PROVINCES].sort((a, b) => collator.compare(a.name, b.name));
type TextKey = Exclude<keyof DemandDraft, "deliveries">;

/** Posting a demand: checked field by field with the contract's rules before it is sent; the API's own say after. */
export function DemandForm({
  categories,
  onPosted,
}: {
  categories: { id: string; name: string }[];
  onPosted: (demand: PublicDemand) => void;
}) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const create = useCreateDemand();
  const [draft, setDraft] = useState<DemandDraft>(EMPTY_DEMAND);
  const [errors, setErrors] = useState<DemandErrors>({});
  const field = (name: TextKey) => ({
    name,
    value: draft[name],
    error: errors[name] ? t(`demands.form.errors.${errors[name]}`) : undefined,
    onChange: (e: { target: { value: string } }) => {
      setDraft((d) => ({ ...d, [name]: e.target.value }));
      if (errors[name]) setErrors(({ [name]: _gone, ...rest }) => rest);
    },
  });
  const show = (next: DemandErrors) => {
    setErrors(next);
    requestAnimationFrame(() => focusFirstInvalid(form.current));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validateDemand(draft);
    if (result.errors) return show(result.errors);
    setErrors({});
    create.mutate(result.request, {
      onSuccess: onPosted,
      onError: (error) => {
        const details = error instanceof ApiError ? (error.body.details ?? []) : [];
        if (details.length) show(Object.fromEntries(details.map((d) => Object.values(errorKeyFor(d.path)) as [string, string])));
      },
    });
  };
  const priceError = errors.priceRange ?? errors.priceMin ?? errors.priceMax;
  return (
    <form ref={form} className={styles.form} onSubmit={submit} noValidate aria-label={t("demands.form.title")}>
      <TextField label={t("demands.form.titleField")} hint={t("demands.form.titleHint")} required {...field("title")} />
      <SelectField label={t("filters.category")} {...field("categoryId")}>
        <option value="">{t("demands.form.noCategory")}</option>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t("demands.form.description")} rows={4} required {...field("description")} />
      <div className={styles.row2}>
        <TextField label={t("demands.form.quantity")} inputMode="numeric" required {...field("quantity")} />
        <TextField label={t("demands.form.unit")} required {...field("unit")} />
      </div>
      <TextField
        label={t("demands.form.tolerance")}
        inputMode="numeric"
        hint={t("demands.form.toleranceHint")}
        {...field("tolerancePct")}
      />
      <SelectField label={t("demands.form.province")} {...field("province")}>
        <option value="">{t("demands.anyProvince")}</option>
        {SORTED.map((p) => (
          <option key={p.slug} value={p.slug}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <fieldset className={styles.fieldset}>
        <legend className="field-label">{t("demands.form.priceRange")}</legend>
        <div className={styles.row2}>
          <TextField label={t("filters.from")} inputMode="numeric" {...field("priceMin")} error={undefined} />
          <TextField label={t("filters.to")} inputMode="numeric" {...field("priceMax")} error={undefined} />
        </div>
        <p className={priceError ? "field-error" : "field-hint"}>
          {priceError ? t(`demands.form.errors.${priceError}`) : t("demands.form.priceHint")}
        </p>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className="field-label">{t("demands.form.requirements")}</legend>
        <SelectField label={t("demands.form.ocopMin")} {...field("ocopMinStars")}>
          <option value="">{t("demands.form.noOcop")}</option>
          {[3, 4, 5].map((s) => (
            <option key={s} value={s}>
              {t("demands.ocopMin", { stars: s })}
            </option>
          ))}
        </SelectField>
        <TextField label={t("demands.form.certificates")} hint={t("demands.form.certificatesHint")} {...field("certificates")} />
      </fieldset>
      <DeliveriesFields
        rows={draft.deliveries}
        errors={errors}
        onChange={(deliveries) => setDraft((d) => ({ ...d, deliveries }))}
      />
      <TextField
        label={t("demands.form.respondBy")}
        type="datetime-local"
        hint={t("demands.form.respondByHint")}
        required
        {...field("respondBy")}
      />
      {create.isError && (
        <p className="alert alert-error" role="alert">
          {t(demandErrorKey(create.error, "post"))}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-block btn-lg" disabled={create.isPending}>
        {t("demands.form.submit")}
      </button>
    </form>
  );
}
