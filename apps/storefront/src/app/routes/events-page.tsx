import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useEvents, type EventWhen } from "@/features/events/api/events";
import { EventCard } from "@/features/events/components/event-card";
import styles from "@/features/events/components/events.module.css";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { Pagination } from "@/shared/ui/pagination";
import { Skeleton } from "@/shared/ui/skeleton";
import { EmptyState, ErrorState } from "@/shared/ui/state-message";

const PAGE_SIZE = 12;
/** The URL's word for past events (upcoming ones need none). */
const PAST = "da-qua";

/** /su-kien — the youth union's supply–demand forums and fairs: upcoming (soonest first) or past (newest first). */
export function EventsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const when: EventWhen = params.get("khi") === PAST ? "past" : "upcoming";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const events = useEvents({ when, page, limit: PAGE_SIZE });
  const hrefFor = (w: EventWhen, p = 1) => paths.events({ khi: w === "past" ? PAST : undefined, page: p > 1 ? p : undefined });
  return (
    <div className="container page">
      <PageMeta title={t("events.title")} description={t("events.lead")} />
      <h1>{t("events.title")}</h1>
      <p className="muted">{t("events.lead")}</p>
      <nav aria-label={t("events.tabs")}>
        <ul className={styles.tabs}>
          {(["upcoming", "past"] as const).map((w) => (
            <li key={w}>
              <Link to={hrefFor(w)} className={styles.tab} aria-current={w === when ? "page" : undefined}>
                {t(`events.when.${w}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {events.isError ? (
        <ErrorState onRetry={() => void events.refetch()} />
      ) : events.data && events.data.items.length === 0 ? (
        <EmptyState icon="search" title={t(`events.empty.${when}`)} />
      ) : (
        <ul className={styles.grid} aria-busy={events.isPending}>
          {events.isPending
            ? Array.from({ length: 2 }, (_, i) => (
                <li key={i}>
                  <Skeleton height="10rem" />
                </li>
              ))
            : events.data.items.map((e) => (
                <li key={e.id}>
                  <EventCard event={e} to={paths.event(e.slug)} />
                </li>
              ))}
        </ul>
      )}
      {events.data && (
        <Pagination page={page} pageCount={Math.ceil(events.data.total / PAGE_SIZE)} hrefFor={(p) => hrefFor(when, p)} />
      )}
    </div>
  );
}
