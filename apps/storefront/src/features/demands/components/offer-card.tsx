import type { MyDemand, Offer } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AddressDraft } from "@/shared/lib/address-validation";
import { paths } from "@/shared/lib/paths";
import { formatCount, formatDay } from "../lib/demand-text";
import { AwardOrders } from "./award-orders";
import { DemandStatusBadge } from "./demand-status-badge";
import styles from "./demands.module.css";
import { OfferActions } from "./offer-actions";

/**
 * One stall's offer on my demand: its latest terms, every round, the stall's contacts once shortlisted, my moves,
 * and once awarded its orders (made from `initialAddress`, my default saved address, or one typed).
 */
export function OfferCard({
  demand,
  offer: o,
  initialAddress,
}: {
  demand: MyDemand;
  offer: Offer;
  initialAddress?: AddressDraft;
}) {
  const { t } = useTranslation();
  const { vnd, dateTime } = useFormat();
  const unit = demand.unit;
  const negotiable =
    (demand.status === "open" || demand.status === "awarded") && (o.status === "open" || o.status === "shortlisted");
  return (
    <article className={`card ${styles.panel}`} aria-labelledby={`offer-${o.id}`}>
      <div className={styles.cardHead}>
        <DemandStatusBadge status={o.status} offer />
        <span className="muted">{dateTime(o.createdAt)}</span>
      </div>
      <h3 id={`offer-${o.id}`} className={styles.cardTitle}>
        <Link to={paths.stall(o.stall.slug)} className={styles.back}>
          {o.stall.name}
        </Link>
      </h3>
      <p className={styles.big}>
        {t("demands.offer.terms", { quantity: formatCount(o.quantity), unit, price: vnd(o.unitPrice) })}
      </p>
      <p className="muted">{t("demands.offer.total", { total: vnd(o.quantity * o.unitPrice) })}</p>
      {o.status === "awarded" && o.awardedQuantity !== null && (
        <p className="alert alert-success">{t("demands.offer.awarded", { quantity: formatCount(o.awardedQuantity), unit })}</p>
      )}
      {o.status === "declined" && o.declineReason && (
        <p className="alert">{t("demands.offer.declinedBecause", { reason: o.declineReason })}</p>
      )}
      {o.deliveries.length > 0 && (
        <ul className={styles.inlineList}>
          {o.deliveries.map((x, i) => (
            <li key={i}>
              {t("demands.deliveryRow", {
                from: formatDay(x.from),
                to: formatDay(x.to),
                quantity: formatCount(x.quantity),
                unit,
              })}
            </li>
          ))}
        </ul>
      )}
      {o.contacts && (
        <section className={styles.contacts} aria-label={t("demands.offer.contacts")}>
          <h4>{t("demands.offer.contacts")}</h4>
          <p>{o.contacts.name}</p>
          {o.contacts.phone && (
            <p>
              <a className={styles.contactLink} href={`tel:${o.contacts.phone}`}>
                {o.contacts.phone}
              </a>
            </p>
          )}
          {o.contacts.email && (
            <p>
              <a className={styles.contactLink} href={`mailto:${o.contacts.email}`}>
                {o.contacts.email}
              </a>
            </p>
          )}
          {o.contacts.address && <p>{o.contacts.address}</p>}
        </section>
      )}
      <h4 className={styles.roundsTitle}>{t("demands.offer.rounds")}</h4>
      <ol className={styles.rounds}>
        {o.rounds.map((r) => (
          <li key={r.round}>
            <strong>{t("demands.offer.round", { n: r.round, by: t(`demands.offer.by.${r.by}`) })}</strong>{" "}
            {t("demands.offer.terms", { quantity: formatCount(r.quantity), unit, price: vnd(r.unitPrice) })}
            <span className={styles.roundMessage}>“{r.message}”</span>
            <span className="muted">{dateTime(r.createdAt)}</span>
          </li>
        ))}
      </ol>
      {negotiable && <OfferActions demand={demand} offer={o} />}
      {o.status === "awarded" && <AwardOrders demandId={demand.id} offer={o} initialAddress={initialAddress} />}
    </article>
  );
}
