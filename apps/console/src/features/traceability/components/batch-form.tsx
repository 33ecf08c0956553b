import { CreateBatchRequest } from "@chophien/contracts";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { apiFieldErrors, issuesToFieldErrors, type FieldErrors } from "@/shared/api/field-errors";
import { errorMessage, issueMessage } from "@/shared/lib/error-message";
import { formText } from "@/shared/lib/form-text";
import { TextAreaField, TextField } from "@/shared/ui/field";
import { Icon } from "@/shared/ui/icon";
import { useCreateBatch } from "../api/batches";
import styles from "./traceability.module.css";

/** Today in GMT+7, `YYYY-MM-DD` (a producer's calendar day). */
export const vnToday = (now = new Date()) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** A new lot of one product: its dates, size and the inputs that went into it (fertiliser, sprays, seed). */
export function BatchForm({ productId, onCreated }: { productId: string; onCreated: (batchId: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateBatch(productId);
  const [inputs, setInputs] = useState<number[]>([0]);
  const [next, setNext] = useState(1);
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const opt = (name: string) => formText(data, name).trim() || undefined;
    const rows = inputs
      .map((k) => ({
        name: formText(data, `input-${k}-name`).trim(),
        supplier: opt(`input-${k}-supplier`),
        lot: opt(`input-${k}-lot`),
        appliedOn: opt(`input-${k}-appliedOn`),
      }))
      .filter((i) => i.name || i.supplier || i.lot || i.appliedOn);
    const parsed = CreateBatchRequest.safeParse({
      lot: formText(data, "lot").trim(),
      producedOn: formText(data, "producedOn"),
      bestBefore: opt("bestBefore"),
      quantity: Number(formText(data, "quantity")),
      unit: formText(data, "unit").trim(),
      inputs: rows,
      note: opt("note"),
    });
    if (!parsed.success) return setErrors(issuesToFieldErrors(parsed.error.issues, (i) => issueMessage(i, t)));
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (b) => onCreated(b.id),
      onError: (err) => setErrors(apiFieldErrors(err)),
    });
  };

  const conflict = create.error && "status" in create.error && create.error.status === 409;
  return (
    <form className={`card ${styles.form}`} onSubmit={submit} noValidate aria-labelledby="new-batch">
      <h2 id="new-batch" className={styles.h2}>
        {t("trace.newBatch")}
      </h2>
      <div className={styles.grid2}>
        <TextField
          label={t("trace.lot")}
          name="lot"
          maxLength={64}
          error={conflict ? t("trace.lotTaken") : errors.lot}
          autoComplete="off"
        />
        <TextField label={t("trace.unit")} name="unit" maxLength={32} defaultValue="gói" error={errors.unit} />
        <TextField
          label={t("trace.producedOn")}
          name="producedOn"
          type="date"
          defaultValue={vnToday()}
          error={errors.producedOn}
        />
        <TextField label={t("trace.bestBefore")} name="bestBefore" type="date" error={errors.bestBefore} />
        <TextField
          label={t("trace.quantity")}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          error={errors.quantity}
        />
      </div>
      <fieldset className={styles.inputs}>
        <legend>{t("trace.inputs")}</legend>
        <p className={styles.muted}>{t("trace.inputsHint")}</p>
        {inputs.map((k, n) => (
          <div key={k} className={styles.inputRow} data-testid="input-row">
            <TextField
              label={t("trace.inputName", { n: n + 1 })}
              name={`input-${k}-name`}
              maxLength={120}
              error={errors[`inputs.${n}.name`]}
            />
            <TextField label={t("trace.supplier")} name={`input-${k}-supplier`} maxLength={120} />
            <TextField label={t("trace.inputLot")} name={`input-${k}-lot`} maxLength={64} />
            <TextField label={t("trace.appliedOn")} name={`input-${k}-appliedOn`} type="date" />
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => setInputs(inputs.filter((x) => x !== k))}
              aria-label={t("trace.removeInput", { n: n + 1 })}
            >
              <Icon name="trash" size={18} />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            setInputs([...inputs, next]);
            setNext(next + 1);
          }}
        >
          <Icon name="plus" size={18} />
          {t("trace.addInput")}
        </button>
      </fieldset>
      <TextAreaField label={t("trace.note")} name="note" rows={3} maxLength={2000} />
      {create.isError && !conflict && (
        <p className="form-error" role="alert">
          {errorMessage(create.error, t)}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-lg" disabled={create.isPending}>
        {t("trace.createBatch")}
      </button>
    </form>
  );
}
