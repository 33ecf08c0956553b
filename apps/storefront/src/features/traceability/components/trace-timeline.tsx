import type { PublicTrace } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Icon } from "@/shared/ui/icon";
import { ResponsiveImage } from "@/shared/ui/responsive-image";
import styles from "./trace-view.module.css";

/** A batch's events in chain order: what, when (GMT+7), where, a photo, and each link's hash. */
export function TraceTimeline({ events }: { events: PublicTrace["events"] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  if (!events.length) return <p className={styles.muted}>{t("trace.noEvents")}</p>;
  return (
    <ol className={styles.timeline}>
      {events.map((e) => (
        <li key={e.seq} className={styles.event} data-testid="trace-event">
          <div className={styles.eventHead}>
            <strong>{t(`trace.eventType.${e.type}`)}</strong>
            <time dateTime={e.occurredAt}>{dateTime(e.occurredAt)}</time>
          </div>
          {e.place && (
            <p className={styles.place}>
              <Icon name="pin" size={16} /> {e.place}
            </p>
          )}
          <p className={styles.note}>{e.note}</p>
          {e.photo && (
            <ResponsiveImage
              image={e.photo}
              alt={t("trace.photoAlt", { type: t(`trace.eventType.${e.type}`) })}
              sizes="(max-width: 640px) 90vw, 560px"
              className={styles.photo}
            />
          )}
          <p className={styles.hashLine}>
            #{e.seq} · {t("trace.hash")}{" "}
            <code className={styles.hash} title={e.hash}>
              {e.hash.slice(0, 12)}…
            </code>
          </p>
        </li>
      ))}
    </ol>
  );
}
