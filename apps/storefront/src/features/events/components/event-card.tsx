import { provinceBySlug, type ConnectionEvent } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { eventPhase, eventSpan } from "../lib/event-text";
import styles from "./events.module.css";

/** Where an event is held: its place, or its link when only online; and the province. */
export function EventWhere({ event: e }: { event: ConnectionEvent }) {
  const { t } = useTranslation();
  const province = e.province ? (provinceBySlug(e.province)?.name ?? e.province) : null;
  return (
    <>
      {e.place && <li>{t("events.place", { place: e.place })}</li>}
      {e.link && (
        <li>
          {t("events.link")}{" "}
          <a href={e.link} className={styles.link} rel="noopener noreferrer" target="_blank">
            {new URL(e.link).host}
          </a>
        </li>
      )}
      {province && <li>{t("events.province", { province })}</li>}
    </>
  );
}

/** An event in the list: kind, title (the whole card a link), when in GMT+7, where, and how many demands. */
export function EventCard({ event: e, to }: { event: ConnectionEvent; to: string }) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const phase = eventPhase(e);
  return (
    <article className={`card ${styles.card}`}>
      <p className={styles.head}>
        <span className={`badge ${styles.kind}`}>{t(`events.kind.${e.kind}`)}</span>
        {phase === "live" && <span className={styles.live}>{t("events.underWay")}</span>}
      </p>
      <h2 className={styles.title}>
        <Link to={to} className={styles.stretch}>
          {e.title}
        </Link>
      </h2>
      <p className={styles.when}>{eventSpan(e.startsAt, e.endsAt, lang)}</p>
      <ul className={styles.facts}>
        {/* The card is one link; a second link (the online room) lives on the event's page. */}
        {e.place && <li>{t("events.place", { place: e.place })}</li>}
        {!e.place && e.link && <li>{t("events.online")}</li>}
        {e.province && <li>{t("events.province", { province: provinceBySlug(e.province)?.name ?? e.province })}</li>}
        <li className="muted">
          {t("events.demandCount", { count: e.demandCount })} · {t("events.stallCount", { count: e.registrationCount })}
        </li>
      </ul>
    </article>
  );
}
