import type { Order } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import styles from "./order-timeline.module.css";

type OrderEvent = Order["timeline"][number];

/** What happened to a stall's part, newest first, in Vietnam time; notes (a cancel reason) shown as given. */
export function OrderTimeline({ events }: { events: OrderEvent[] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  if (!events.length) return null;
  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ol className={styles.timeline}>
      {sorted.map((e, i) => (
        <li key={`${e.at}-${i}`} className={styles.event}>
          <time dateTime={e.at} className={styles.time}>
            {dateTime(e.at)}
          </time>
          <span className={styles.what}>
            {t(`orderEvent.${e.to}`)}
            {e.actor !== "system" && <span className={styles.actor}> · {t(`orderActor.${e.actor}`)}</span>}
          </span>
          {e.note && <span className={styles.note}>“{e.note}”</span>}
        </li>
      ))}
    </ol>
  );
}
