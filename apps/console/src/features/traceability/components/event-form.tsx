import { CreateTraceEventRequest, TRACE_EVENT_TYPES } from "@chophien/contracts";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { issuesToFieldErrors, type FieldErrors } from "@/shared/api/field-errors";
import { errorMessage, issueMessage } from "@/shared/lib/error-message";
import { formText } from "@/shared/lib/form-text";
import { SelectField, TextAreaField, TextField } from "@/shared/ui/field";
import { Icon } from "@/shared/ui/icon";
import { useAppendEvent } from "../api/batches";
import styles from "./traceability.module.css";

/** Now in GMT+7 as a `datetime-local` value (`2026-11-20T07:30`). */
const vnNowLocal = (now = new Date()) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 16);

/**
 * "Add event", made for a phone in a field: a type, when (now by default, GMT+7), where, what, and a photo straight
 * from the camera. Events are final once added (the chain cannot be edited), so the button says so.
 */
export function EventForm({ batchId }: { batchId: string }) {
  const { t } = useTranslation();
  const append = useAppendEvent(batchId);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [key, setKey] = useState(0);
  const photoRef = useRef<HTMLInputElement>(null);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const when = formText(data, "occurredAt");
    const parsed = CreateTraceEventRequest.safeParse({
      type: formText(data, "type"),
      occurredAt: when ? `${when}:00+07:00` : "",
      place: formText(data, "place").trim() || undefined,
      note: formText(data, "note").trim(),
    });
    if (!parsed.success) return setErrors(issuesToFieldErrors(parsed.error.issues, (i) => issueMessage(i, t)));
    setErrors({});
    const photo = photoRef.current?.files?.[0] ?? null;
    append.mutate({ ...parsed.data, photo }, { onSuccess: () => setKey(key + 1) });
  };

  return (
    <form key={key} className={`card ${styles.form}`} onSubmit={submit} noValidate aria-labelledby="new-event">
      <h2 id="new-event" className={styles.h2}>
        {t("trace.addEvent")}
      </h2>
      <SelectField label={t("trace.eventTypeLabel")} name="type" defaultValue="harvest">
        {TRACE_EVENT_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`trace.eventType.${type}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("trace.occurredAt")}
        name="occurredAt"
        type="datetime-local"
        defaultValue={vnNowLocal()}
        error={errors.occurredAt}
        hint={t("trace.gmt7")}
      />
      <TextField label={t("trace.place")} name="place" maxLength={200} error={errors.place} />
      <TextAreaField label={t("trace.eventNote")} name="note" rows={3} maxLength={2000} error={errors.note} />
      <label className={`btn btn-secondary ${styles.camera}`}>
        <Icon name="camera" size={20} />
        {t("trace.photo")}
        <input ref={photoRef} type="file" name="photo" accept="image/*" capture="environment" className={styles.fileInput} />
      </label>
      {append.isError && (
        <p className="form-error" role="alert">
          {errorMessage(append.error, t)}
        </p>
      )}
      {append.isSuccess && (
        <p className={styles.success} role="status">
          {t("trace.eventAdded")}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-lg" disabled={append.isPending}>
        {t("trace.appendEvent")}
      </button>
      <p className={styles.muted}>{t("trace.appendOnly")}</p>
    </form>
  );
}
