import { LIVE_PLATFORMS, type LivePlatform } from "@chophien/contracts";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { SelectField, TextField } from "@/shared/ui/field";
import { useFormat } from "@/shared/i18n/use-format";
import { ErrorState } from "@/shared/ui/state-message";
import { type LiveArea, useLiveSessions, usePlanSession } from "../api/live";

/** `datetime-local` gives local wall time; the market runs on GMT+7. */
const fromLocal = (v: string) => new Date(`${v}:00+07:00`).toISOString();

/** The area's sessions and a form to plan the next one. */
export function LiveSessions({ area }: { area: LiveArea }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const sessions = useLiveSessions(area);
  const plan = usePlanSession(area);
  const navigate = useNavigate();
  const [title, setTitle] = useState("");
  const [startsAt, setStartsAt] = useState("");
  const [endsAt, setEndsAt] = useState("");
  const [platform, setPlatform] = useState<LivePlatform>("tiktok");
  const [streamUrl, setStreamUrl] = useState("");
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!title.trim() || !startsAt || !endsAt) return setError(t("live.planMissing"));
    plan.mutate(
      { title, startsAt: fromLocal(startsAt), endsAt: fromLocal(endsAt), platform, ...(streamUrl && { streamUrl }) },
      {
        onSuccess: (s) => void navigate(`/${area}/live/${s.id}`),
        onError: (err) => setError(err instanceof Error ? err.message : t("live.failed")),
      },
    );
  };

  return (
    <>
      <section aria-labelledby="live-plan">
        <h2 id="live-plan">{t("live.plan")}</h2>
        <form onSubmit={submit} noValidate>
          <TextField
            label={t("live.sessionTitle")}
            name="title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
          />
          <TextField
            label={t("live.startsAt")}
            name="startsAt"
            type="datetime-local"
            value={startsAt}
            onChange={(e) => setStartsAt(e.target.value)}
            required
          />
          <TextField
            label={t("live.endsAt")}
            name="endsAt"
            type="datetime-local"
            value={endsAt}
            onChange={(e) => setEndsAt(e.target.value)}
            required
          />
          <SelectField
            label={t("live.platform")}
            name="platform"
            value={platform}
            onChange={(e) => setPlatform(e.target.value as LivePlatform)}
          >
            {LIVE_PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`live.platforms.${p}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("live.streamUrl")}
            name="streamUrl"
            type="url"
            value={streamUrl}
            onChange={(e) => setStreamUrl(e.target.value)}
          />
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <button type="submit" className="btn btn-primary" disabled={plan.isPending}>
            {t("live.planSubmit")}
          </button>
        </form>
      </section>
      <section aria-labelledby="live-list">
        <h2 id="live-list">{t("live.sessions")}</h2>
        {sessions.isError ? (
          <ErrorState onRetry={() => void sessions.refetch()} />
        ) : (
          <ul className="stack" aria-busy={sessions.isPending}>
            {sessions.data?.map((s) => (
              <li key={s.id}>
                <Link to={`/${area}/live/${s.id}`}>{s.title}</Link> — {t(`live.status.${s.status}`)} · {dateTime(s.startsAt)}
              </li>
            ))}
            {sessions.data?.length === 0 && <li className="muted">{t("live.none")}</li>}
          </ul>
        )}
      </section>
    </>
  );
}
