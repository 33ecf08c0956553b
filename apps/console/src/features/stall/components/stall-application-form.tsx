import { BUSINESS_TYPES, PROVINCES, type Stall } from "@chophien/contracts";
import { useCallback, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { apiFieldErrors, issuesToFieldErrors, type FieldErrors } from "@/shared/api/field-errors";
import { errorMessage, issueMessage } from "@/shared/lib/error-message";
import { SelectField, TextAreaField, TextField, focusFirstInvalid } from "@/shared/ui/field";
import { showToast } from "@/shared/ui/toast";
import { useApplicationDraft } from "../hooks/use-application-draft";
import { useSubmitStall } from "../hooks/use-submit-stall";
import {
  STALL_STEPS,
  emptyStallValues,
  parseStallValues,
  stallToValues,
  type StallField,
  type StallFormValues,
} from "./stall-form-values";
import { StallImagePicker } from "./stall-image-picker";
import styles from "./stall-form.module.css";

interface Props {
  /** Editing this stall (a rejected application, or the profile); absent for a new application. */
  stall?: Stall | null;
  onDone: (stall: Stall) => void;
  onCancel?: () => void;
}

/**
 * The stall application as four short steps (the stall, the founder, the business, logo and banner), each checked
 * with the contract's schema before going on; a phone keeps every answer when stepping back and forth.
 */
export function StallApplicationForm({ stall = null, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [step, setStep] = useState(0);
  const [values, setValues] = useState<StallFormValues>(() => (stall ? stallToValues(stall) : emptyStallValues()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [logo, setLogo] = useState<File | null>(null);
  const [banner, setBanner] = useState<File | null>(null);
  const submit = useSubmitStall(stall);
  // A new application starts from its saved draft and keeps saving it; what she already typed wins.
  const fill = useCallback(
    (saved: Partial<StallFormValues>) =>
      setValues((v) => {
        const next = { ...v };
        for (const [k, s] of Object.entries(saved) as [StallField, string][]) if (k in next && !next[k].trim()) next[k] = s;
        return next;
      }),
    [],
  );
  useApplicationDraft(!stall, values, fill);
  const current = STALL_STEPS[step]!;
  const last = step === STALL_STEPS.length - 1;
  // Editing a rejected application sends it back to the admins; editing an approved profile only saves.
  const submitLabel = !stall ? t("stall.send") : stall.status === "rejected" ? t("stall.resend") : t("common.save");

  const set = (field: StallField) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };
  const fieldProps = (field: StallField) => ({ name: field, value: values[field], onChange: set(field), error: errors[field] });

  /** The schema's complaints about the fields of the given steps. */
  const problemsIn = (steps: number[]) => {
    const parsed = parseStallValues(values);
    if (parsed.success) return {};
    const fields = new Set(steps.flatMap((i) => STALL_STEPS[i]!.fields));
    const all = issuesToFieldErrors(parsed.error.issues, (issue) => issueMessage(issue, t));
    return Object.fromEntries(Object.entries(all).filter(([f]) => fields.has(f as StallField)));
  };

  const goTo = (next: number) => {
    setStep(next);
    window.scrollTo?.({ top: 0 });
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!last) {
      const found = problemsIn([step]);
      setErrors(found);
      if (Object.keys(found).length) return focusFirstInvalid(formRef.current);
      return goTo(step + 1);
    }
    const parsed = parseStallValues(values);
    if (!parsed.success) {
      const found = problemsIn(STALL_STEPS.map((_, i) => i));
      setErrors(found);
      // Back to the first step with a problem.
      goTo(STALL_STEPS.findIndex((s) => s.fields.some((f) => found[f])));
      return focusFirstInvalid(formRef.current);
    }
    submit.mutate(
      { body: parsed.data, logo, banner },
      {
        onSuccess: ({ stall: saved, failedImages }) => {
          if (failedImages.length) showToast(t("stall.imageUploadFailed"), "error");
          onDone(saved);
        },
        onError: (err) => {
          const found = apiFieldErrors(err);
          if (Object.keys(found).length) {
            setErrors(found);
            goTo(
              Math.max(
                0,
                STALL_STEPS.findIndex((s) => s.fields.some((f) => found[f])),
              ),
            );
          }
        },
      },
    );
  };

  return (
    <form ref={formRef} className={`card ${styles.form}`} onSubmit={onSubmit} noValidate aria-labelledby="stall-step-title">
      <ol className={styles.steps} aria-label={t("stall.stepsLabel")}>
        {STALL_STEPS.map((s, i) => (
          <li
            key={s.key}
            className={i === step ? styles.stepCurrent : i < step ? styles.stepDone : styles.step}
            aria-current={i === step ? "step" : undefined}
          >
            <span className={styles.stepNumber}>{i + 1}</span>
            <span className={styles.stepName}>{t(`stall.steps.${s.key}`)}</span>
          </li>
        ))}
      </ol>
      <h2 id="stall-step-title" className={styles.stepTitle}>
        {t("stall.stepOf", { step: step + 1, total: STALL_STEPS.length })} · {t(`stall.steps.${current.key}`)}
      </h2>
      <p className="muted">{t(`stall.stepHelp.${current.key}`)}</p>

      {current.key === "about" && (
        <div className="form-grid">
          <TextField
            label={t("stall.fields.name")}
            hint={t("stall.hints.name")}
            autoComplete="organization"
            {...fieldProps("name")}
          />
          <SelectField label={t("stall.fields.province")} {...fieldProps("province")}>
            <option value="">{t("common.choose")}</option>
            {PROVINCES.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("stall.fields.address")}
            hint={t("stall.hints.address")}
            autoComplete="street-address"
            {...fieldProps("address")}
            className="span-2"
          />
          <TextField label={t("stall.fields.phone")} type="tel" inputMode="tel" autoComplete="tel" {...fieldProps("phone")} />
          <TextAreaField
            label={t("stall.fields.description")}
            hint={t("common.optional")}
            rows={3}
            {...fieldProps("description")}
            className="span-2"
          />
        </div>
      )}
      {current.key === "founder" && (
        <div className="form-grid">
          <TextAreaField
            label={t("stall.fields.story")}
            hint={t("stall.hints.story")}
            rows={6}
            {...fieldProps("story")}
            className="span-2"
          />
          <TextField
            label={t("stall.fields.founderBirthYear")}
            hint={t("stall.hints.founderBirthYear")}
            inputMode="numeric"
            {...fieldProps("founderBirthYear")}
          />
        </div>
      )}
      {current.key === "business" && (
        <div className="form-grid">
          <fieldset className={`span-2 ${styles.choices}`}>
            <legend className="field-label">{t("stall.fields.businessType")}</legend>
            {BUSINESS_TYPES.map((type) => (
              <label key={type} className={styles.choice}>
                <input
                  type="radio"
                  name="businessType"
                  value={type}
                  checked={values.businessType === type}
                  onChange={set("businessType")}
                />
                <span>
                  <strong>{t(`businessType.${type}`)}</strong>
                  <small className="muted">{t(`businessTypeHelp.${type}`)}</small>
                </span>
              </label>
            ))}
          </fieldset>
          <TextField
            label={t("stall.fields.businessRegistrationNo")}
            hint={t("stall.hints.businessRegistrationNo")}
            {...fieldProps("businessRegistrationNo")}
          />
        </div>
      )}
      {current.key === "photos" && (
        <div className={styles.pickers}>
          <StallImagePicker kind="logo" current={stall?.logo ?? null} file={logo} onFile={setLogo} />
          <StallImagePicker kind="banner" current={stall?.banner ?? null} file={banner} onFile={setBanner} />
        </div>
      )}

      {submit.isError && !Object.keys(apiFieldErrors(submit.error)).length && (
        <p className="form-error" role="alert">
          {errorMessage(submit.error, t, { conflict: t("stall.alreadyApplied") })}
        </p>
      )}
      <div className="form-actions">
        {step > 0 ? (
          <button type="button" className="btn btn-secondary" onClick={() => goTo(step - 1)}>
            {t("common.back")}
          </button>
        ) : (
          onCancel && (
            <button type="button" className="btn btn-secondary" onClick={onCancel}>
              {t("common.cancel")}
            </button>
          )
        )}
        <button type="submit" className="btn btn-primary btn-lg" disabled={submit.isPending}>
          {submit.isPending ? t("common.sending") : last ? submitLabel : t("common.continue")}
        </button>
      </div>
    </form>
  );
}
