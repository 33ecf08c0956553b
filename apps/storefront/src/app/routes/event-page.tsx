import { ApiError, useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DemandCard } from "@/features/demands/components/demand-card";
import { useEvent } from "@/features/events/api/events";
import { EventWhere } from "@/features/events/components/event-card";
import { EventResults } from "@/features/events/components/event-results";
import styles from "@/features/events/components/events.module.css";
import { eventPhase, eventSpan } from "@/features/events/lib/event-text";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { EmptyState, ErrorState } from "@/shared/ui/state-message";
import { PageSkeleton } from "../layout/page-skeleton";
import { NotFoundPage } from "./not-found-page";

/**
 * /su-kien/:slug — one forum or fair: when and where, the demands presented, the stalls attending, and once it has
 * started its results (deals made, delivered and paid).
 */
export function EventPage() {
  const { slug = "" } = useParams();
  const { t } = useTranslation();
  const { lang } = useFormat();
  const event = useEvent(slug);
  if (event.isPending) return <PageSkeleton />;
  if (event.isError)
    return event.error instanceof ApiError && [400, 404].includes(event.error.status) ? (
      <NotFoundPage />
    ) : (
      <ErrorState onRetry={() => void event.refetch()} />
    );
  const e = event.data;
  const when = eventSpan(e.startsAt, e.endsAt, lang);
  const phase = eventPhase(e);
  return (
    <div className={`container page ${styles.narrow}`}>
      <PageMeta title={e.title} description={t("events.meta", { kind: t(`events.kind.${e.kind}`), when })} />
      <p>
        <Link to={paths.events()} className={styles.link}>
          {t("events.back")}
        </Link>
      </p>
      <p className={styles.head}>
        <span className={`badge ${styles.kind}`}>{t(`events.kind.${e.kind}`)}</span>
        {e.status === "cancelled" ? (
          <span className={styles.live}>{t("events.cancelled")}</span>
        ) : (
          phase !== "upcoming" && <span className={styles.live}>{t(`events.phase.${phase}`)}</span>
        )}
      </p>
      <h1>{e.title}</h1>
      {e.status === "cancelled" && (
        <p className="alert" role="note">
          {t("events.cancelledBecause", { reason: e.cancelReason ?? "" })}
        </p>
      )}
      <p className={styles.when}>{when}</p>
      <ul className={styles.facts}>
        <EventWhere event={e} />
      </ul>
      <p className={styles.description}>{e.description}</p>

      <h2>{t("events.demands", { count: e.demands.length })}</h2>
      {e.demands.length === 0 ? (
        <p className="muted">{t("events.noDemands")}</p>
      ) : (
        <ul className={styles.grid}>
          {e.demands.map((d) => (
            <li key={d.id}>
              <DemandCard demand={d} to={paths.demand(d.id)} />
            </li>
          ))}
        </ul>
      )}

      <h2>{t("events.stalls", { count: e.stalls.length })}</h2>
      {e.stalls.length === 0 ? (
        <p className="muted">{t("events.noStalls")}</p>
      ) : (
        <ul className={styles.facts}>
          {e.stalls.map((s) => (
            <li key={s.slug}>
              <Link to={paths.stall(s.slug)} className={styles.link}>
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      )}

      {e.results ? <EventResults results={e.results} /> : <EmptyState icon="store" title={t("events.resultsLater")} />}
    </div>
  );
}
