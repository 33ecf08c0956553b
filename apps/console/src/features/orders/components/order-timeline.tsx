import type { Order } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import styles from "./orders.module.css";

/** Every step of the order, oldest first: who moved it, to what, when, and their note. */
export function OrderTimeline({ events }: { events: Order["timeline"] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  return (
    <ol className={styles.timeline}>
      {events.map((e, i) => (
        <li key={`${e.at}-${i}`}>
          <span className={styles.dot} aria-hidden="true" />
          <div>
            <strong>{t(`orderStatus.${e.to}`)}</strong>
            <span className="muted">
              {" "}
              · {t(`actor.${e.actor}`)} · {dateTime(e.at)}
            </span>
            {e.note && <p className={styles.note}>{e.note}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
