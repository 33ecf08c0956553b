import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLiveSessions } from "@/features/live/api/live";
import styles from "@/features/live/components/live.module.css";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { EmptyState, ErrorState } from "@/shared/ui/state-message";

/** /live — live sessions on air and to come. */
export function LivePage() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const sessions = useLiveSessions();
  return (
    <div className="container page">
      <PageMeta title={t("live.title")} description={t("live.lead")} />
      <h1>{t("live.title")}</h1>
      <p className="muted">{t("live.lead")}</p>
      {sessions.isError ? (
        <ErrorState onRetry={() => void sessions.refetch()} />
      ) : sessions.data && !sessions.data.length ? (
        <EmptyState icon="store" title={t("live.empty")} />
      ) : (
        <ul className={styles.list} aria-busy={sessions.isPending}>
          {sessions.data?.map((s) => (
            <li key={s.id}>
              <Link className={styles.card} to={paths.live(s.slug)}>
                <span className={`${styles.badge} ${s.status === "live" ? styles.onAir : ""}`}>
                  {t(`live.status.${s.status}`)}
                </span>
                <h2>{s.title}</h2>
                <p className="muted">
                  {dateTime(s.startsAt)} · {s.stalls.map((x) => x.name).join(", ")}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
