import {
  CreateConnectionEventRequest,
  EVENT_KINDS,
  PROVINCES,
  type AdminConnectionEvent,
  type EventKind,
} from "@chophien/contracts";
import { ApiError } from "@chophien/web";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage, issueMessage, type SchemaIssue } from "@/shared/lib/error-message";
import { formText } from "@/shared/lib/form-text";
import { focusFirstInvalid, SelectField, TextAreaField, TextField } from "@/shared/ui/field";
import { showToast } from "@/shared/ui/toast";
import { useCreateEvent, useUpdateEvent } from "../api/events";
import { fromLocalInput, toLocalInput } from "./event-time";
import styles from "./events.module.css";

type Field = "title" | "kind" | "description" | "startsAt" | "endsAt" | "place" | "link" | "province";
type Errors = Partial<Record<Field, string>>;
const FIELDS: readonly Field[] = ["title", "kind", "description", "startsAt", "endsAt", "place", "link", "province"];
const isField = (p: string): p is Field => FIELDS.some((f) => f === p);

/** The rules between fields (eventFieldIssues), by the field they point at, in the reader's language. */
const RULE: Partial<Record<Field, string>> = {
  endsAt: "events.rule.endsAfter",
  place: "events.rule.placeOrLink",
  link: "events.rule.linkOnline",
};

/**
 * Plan an event or edit one: the times are typed as GMT+7 wall time whatever the device's zone. The contract's
 * schema is checked before sending; the API's 400 is shown beside the fields it names, a 409 above the button.
 */
export function EventForm({ event, onSaved }: { event?: AdminConnectionEvent; onSaved: (e: AdminConnectionEvent) => void }) {
  const { t } = useTranslation();
  const create = useCreateEvent();
  const update = useUpdateEvent(event?.id ?? "");
  const save = event ? update : create;
  const [kind, setKind] = useState<EventKind>(event?.kind ?? "forum");
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);

  const fieldMessage = (issue: SchemaIssue, path: Field) => {
    const rule = RULE[path];
    return issue.code === "custom" && rule ? t(rule) : issueMessage(issue, t);
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const text = (name: Field) => formText(data, name);
    const optional = (name: Field) => text(name) || undefined;
    const body = {
      title: text("title"),
      kind,
      description: text("description"),
      startsAt: fromLocalInput(text("startsAt")),
      endsAt: fromLocalInput(text("endsAt")),
      place: optional("place"),
      link: optional("link"),
      province: optional("province"),
    };
    setProblem(null);
    const parsed = CreateConnectionEventRequest.safeParse(body);
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) {
        const path = String(issue.path[0] ?? "");
        if (isField(path) && !found[path]) found[path] = fieldMessage(issue, path);
      }
      setErrors(found);
      return focusFirstInvalid(form);
    }
    setErrors({});
    // An edit sends every field; an emptied place, link or province is cleared (null).
    const payload = event
      ? {
          ...parsed.data,
          place: parsed.data.place ?? null,
          link: parsed.data.link ?? null,
          province: parsed.data.province ?? null,
        }
      : parsed.data;
    save.mutate(payload as CreateConnectionEventRequest, {
      onSuccess: (saved) => {
        showToast(t(event ? "events.saved" : "events.created", { title: saved.title }));
        onSaved(saved);
      },
      onError: (err) => {
        if (err instanceof ApiError && err.code === "validation_failed" && err.body.details?.length) {
          const found: Errors = {};
          for (const d of err.body.details) {
            const path = d.path.replace(/^body\./, "");
            const rule = isField(path) ? RULE[path] : undefined;
            if (isField(path)) found[path] = rule ? t(rule) : t("validation.invalid");
          }
          setErrors(found);
          focusFirstInvalid(form);
        }
        setProblem(errorMessage(err, t, { conflict: t("events.conflict") }));
      },
    });
  };

  return (
    <form className={`card ${styles.form}`} onSubmit={submit} noValidate aria-labelledby="event-form-title">
      <h2 id="event-form-title">{t(event ? "events.editTitle" : "events.newTitle")}</h2>
      <TextField
        label={t("events.field.title")}
        name="title"
        defaultValue={event?.title}
        maxLength={160}
        error={errors.title}
        required
      />
      <SelectField
        label={t("events.field.kind")}
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as EventKind)}
        error={errors.kind}
      >
        {EVENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`events.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t("events.field.description")}
        name="description"
        rows={5}
        maxLength={5000}
        defaultValue={event?.description}
        error={errors.description}
        required
      />
      <div className={styles.pair}>
        <TextField
          label={t("events.field.startsAt")}
          hint={t("events.timeHint")}
          name="startsAt"
          type="datetime-local"
          defaultValue={event ? toLocalInput(event.startsAt) : undefined}
          error={errors.startsAt}
          required
        />
        <TextField
          label={t("events.field.endsAt")}
          hint={t("events.timeHint")}
          name="endsAt"
          type="datetime-local"
          defaultValue={event ? toLocalInput(event.endsAt) : undefined}
          error={errors.endsAt}
          required
        />
      </div>
      <TextField
        label={t("events.field.place")}
        hint={t("events.placeHint")}
        name="place"
        maxLength={300}
        defaultValue={event?.place ?? undefined}
        error={errors.place}
      />
      <TextField
        label={t("events.field.link")}
        hint={t(kind === "online" ? "events.linkHintOnline" : "events.linkHint")}
        name="link"
        type="url"
        inputMode="url"
        maxLength={500}
        defaultValue={event?.link ?? undefined}
        error={errors.link}
      />
      <SelectField
        label={t("events.field.province")}
        name="province"
        defaultValue={event?.province ?? ""}
        error={errors.province}
      >
        <option value="">{t("events.noProvince")}</option>
        {PROVINCES.map((p) => (
          <option key={p.slug} value={p.slug}>
            {p.name}
          </option>
        ))}
      </SelectField>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-lg" disabled={save.isPending}>
        {save.isPending ? t("common.working") : t(event ? "events.save" : "events.create")}
      </button>
    </form>
  );
}
