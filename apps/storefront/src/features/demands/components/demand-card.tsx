import type { PublicDemand } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DemandStatusBadge } from "./demand-status-badge";
import styles from "./demands.module.css";
import { useDemandText } from "./use-demand-text";

/** A demand on the board: what, how much, where, until when, at what price, which OCOP stars; the whole card a link. */
export function DemandCard({ demand: d, to }: { demand: PublicDemand; to: string }) {
  const { t } = useTranslation();
  const text = useDemandText();
  const price = text.price(d);
  return (
    <article className={`card ${styles.card}`}>
      <div className={styles.cardHead}>
        <DemandStatusBadge status={d.status} />
        <span className={styles.left}>{d.status === "open" ? text.left(d.respondBy) : null}</span>
      </div>
      <h2 className={styles.cardTitle}>
        <Link to={to} className={styles.stretch}>
          {d.title}
        </Link>
      </h2>
      <p className={styles.big}>{text.quantity(d)}</p>
      <ul className={styles.facts}>
        <li>{t("demands.deliverTo", { province: text.province(d.province) })}</li>
        {price && <li>{price}</li>}
        {d.requirements.ocopMinStars && <li>{t("demands.ocopMin", { stars: d.requirements.ocopMinStars })}</li>}
        <li>{t("demands.respondBy", { date: text.deadline(d.respondBy) })}</li>
        <li className="muted">
          {d.buyer.organisationName} · {text.kind(d.buyer.kind)} · {t("demands.offerCount", { count: d.offerCount })}
        </li>
      </ul>
    </article>
  );
}
