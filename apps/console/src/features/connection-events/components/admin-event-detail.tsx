import { CancelConnectionEventRequest, provinceBySlug, type AdminConnectionEvent } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { errorMessage, issueMessage } from "@/shared/lib/error-message";
import { formText } from "@/shared/lib/form-text";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { SelectField, TextAreaField } from "@/shared/ui/field";
import { showToast } from "@/shared/ui/toast";
import {
  useCancelEvent,
  useOpenDemands,
  usePresentDemand,
  usePresentedDemands,
  usePublishEvent,
  useUnpresentDemand,
} from "../api/events";
import { EventForm } from "./event-form";
import { EventStatusBadge } from "./event-status-badge";
import styles from "./events.module.css";

/**
 * One event as the admin plans it: its facts in GMT+7, edit, publish and cancel (with a reason, behind a
 * confirmation), and the demands it presents — picked from the open demands, taken back one by one.
 */
export function AdminEventDetail({ event: e }: { event: AdminConnectionEvent }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const publish = usePublishEvent(e.id);
  const cancel = useCancelEvent(e.id);
  const present = usePresentDemand(e.id);
  const unpresent = useUnpresentDemand(e.id);
  const [editing, setEditing] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [picked, setPicked] = useState("");
  const live = e.status !== "cancelled";
  const open = useOpenDemands(live);
  const presented = usePresentedDemands(e.demandIds);
  const choices = (open.data?.items ?? []).filter((d) => !e.demandIds.includes(d.id));
  const conflict = { conflict: t("events.conflict") };
  const demandConflict = { conflict: t("events.demandConflict"), not_found: t("events.demandGone") };

  if (editing) {
    return (
      <div className="stack">
        <button type="button" className="btn btn-secondary" onClick={() => setEditing(false)}>
          {t("events.stopEditing")}
        </button>
        <EventForm event={e} onSaved={() => setEditing(false)} />
      </div>
    );
  }

  return (
    <article className={`card ${styles.detail}`} aria-labelledby="event-title">
      <header className={styles.detailHead}>
        <div>
          <h2 id="event-title">{e.title}</h2>
          <p className="muted">{t(`events.kind.${e.kind}`)}</p>
        </div>
        <EventStatusBadge status={e.status} />
      </header>
      <dl className={styles.facts}>
        <dt>{t("events.when")}</dt>
        <dd>{t("events.fromTo", { start: dateTime(e.startsAt), end: dateTime(e.endsAt) })}</dd>
        <dt>{t("events.field.place")}</dt>
        <dd>{e.place ?? t("events.notGiven")}</dd>
        <dt>{t("events.field.link")}</dt>
        <dd>
          {e.link ? (
            <a href={e.link} target="_blank" rel="noreferrer noopener">
              {e.link}
            </a>
          ) : (
            t("events.notGiven")
          )}
        </dd>
        <dt>{t("events.field.province")}</dt>
        <dd>{e.province ? (provinceBySlug(e.province)?.name ?? e.province) : t("events.notGiven")}</dd>
        <dt>{t("events.registrations")}</dt>
        <dd>{t("events.stallCount", { count: e.registrationCount })}</dd>
        {e.cancelReason && (
          <>
            <dt>{t("events.cancelReason")}</dt>
            <dd>{e.cancelReason}</dd>
          </>
        )}
      </dl>
      <p className={styles.description}>{e.description}</p>

      <section aria-labelledby="event-demands" className="stack">
        <h3 id="event-demands">{t("events.demandsTitle", { count: e.demandIds.length })}</h3>
        {e.demandIds.length === 0 ? (
          <p className="muted">{t("events.noDemands")}</p>
        ) : (
          <ul className={styles.demands}>
            {e.demandIds.map((id) => {
              const d = presented.get(id);
              return (
                <li key={id}>
                  <span>
                    <strong>{d?.title ?? t("common.loading")}</strong>
                    {d && <small className="muted"> · {d.buyer.organisationName}</small>}
                  </span>
                  {live && (
                    <button
                      type="button"
                      className="btn btn-secondary"
                      aria-label={`${t("events.unpresent")}: ${d?.title ?? ""}`}
                      disabled={unpresent.isPending}
                      onClick={() =>
                        unpresent.mutate(id, { onSuccess: () => showToast(t("events.unpresented", { title: d?.title ?? "" })) })
                      }
                    >
                      {t("events.unpresent")}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {unpresent.isError && (
          <p role="alert" className="form-error">
            {errorMessage(unpresent.error, t, demandConflict)}
          </p>
        )}
        {live && (
          <form
            className={styles.present}
            onSubmit={(ev) => {
              ev.preventDefault();
              if (!picked) return;
              present.mutate(picked, {
                onSuccess: () => {
                  setPicked("");
                  showToast(t("events.presented"));
                },
              });
            }}
          >
            <SelectField
              label={t("events.pickDemand")}
              name="demandId"
              value={picked}
              onChange={(ev) => setPicked(ev.target.value)}
              hint={open.isSuccess && !choices.length ? t("events.noOpenDemands") : undefined}
            >
              <option value="">{t("events.pickDemandPlaceholder")}</option>
              {choices.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title} — {d.buyer.organisationName}
                </option>
              ))}
            </SelectField>
            <button type="submit" className="btn btn-primary" disabled={!picked || present.isPending}>
              {t("events.present")}
            </button>
            {present.isError && (
              <p role="alert" className="form-error">
                {errorMessage(present.error, t, demandConflict)}
              </p>
            )}
          </form>
        )}
      </section>

      {live && (
        <div className={styles.decide}>
          <button type="button" className="btn btn-secondary btn-lg" onClick={() => setEditing(true)}>
            {t("events.edit")}
          </button>
          {e.status === "draft" && (
            <button type="button" className="btn btn-primary btn-lg" onClick={() => setPublishing(true)}>
              {t("events.publish")}
            </button>
          )}
          <button type="button" className="btn btn-danger btn-lg" onClick={() => setCancelling(true)}>
            {t("events.cancel")}
          </button>
        </div>
      )}

      <ConfirmDialog
        open={publishing}
        title={t("events.publishTitle", { title: e.title })}
        body={<p>{t("events.publishBody")}</p>}
        confirmLabel={t("events.publish")}
        busy={publish.isPending}
        error={publish.isError ? errorMessage(publish.error, t, conflict) : null}
        onClose={() => {
          setPublishing(false);
          publish.reset();
        }}
        onConfirm={() =>
          publish.mutate(undefined, {
            onSuccess: () => {
              setPublishing(false);
              showToast(t("events.published", { title: e.title }));
            },
          })
        }
      />
      <ConfirmDialog
        open={cancelling}
        title={t("events.cancelTitle", { title: e.title })}
        body={<p>{t("events.cancelBody", { count: e.registrationCount })}</p>}
        confirmLabel={t("events.cancel")}
        tone="danger"
        busy={cancel.isPending}
        error={cancel.isError ? errorMessage(cancel.error, t, conflict) : null}
        onClose={() => {
          setCancelling(false);
          setReasonError(null);
          cancel.reset();
        }}
        onConfirm={(data) => {
          const parsed = CancelConnectionEventRequest.safeParse({ reason: formText(data, "reason") });
          if (!parsed.success) return setReasonError(issueMessage(parsed.error.issues[0]!, t));
          setReasonError(null);
          cancel.mutate(parsed.data.reason, {
            onSuccess: () => {
              setCancelling(false);
              showToast(t("events.cancelled", { title: e.title }));
            },
          });
        }}
      >
        <TextAreaField
          label={t("events.cancelReason")}
          hint={t("events.cancelReasonHint")}
          name="reason"
          rows={3}
          maxLength={1000}
          error={reasonError}
        />
      </ConfirmDialog>
    </article>
  );
}
