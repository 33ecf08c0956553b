import type { PublicDemand } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { formatCount, formatDay } from "../lib/demand-text";
import styles from "./demands.module.css";
import { useDemandText } from "./use-demand-text";

/**
 * Everything public about a demand: quantity and tolerance, where, until when, price, requirements, the delivery
 * schedule and who asks (the organisation's name, kind and province — never its contacts).
 */
export function DemandFacts({ demand: d, categoryName }: { demand: PublicDemand; categoryName?: string }) {
  const { t } = useTranslation();
  const text = useDemandText();
  const price = text.price(d);
  const { ocopMinStars, certificates = [] } = d.requirements;
  return (
    <>
      <dl className={styles.dl}>
        <dt>{t("demands.facts.quantity")}</dt>
        <dd>{text.quantity(d)}</dd>
        {categoryName && (
          <>
            <dt>{t("demands.facts.category")}</dt>
            <dd>{categoryName}</dd>
          </>
        )}
        <dt>{t("demands.facts.province")}</dt>
        <dd>{text.province(d.province)}</dd>
        <dt>{t("demands.facts.respondBy")}</dt>
        <dd>
          {text.deadline(d.respondBy)}
          {d.status === "open" && <span className={styles.left}> · {text.left(d.respondBy)}</span>}
        </dd>
        <dt>{t("demands.facts.price")}</dt>
        <dd>{price ?? t("demands.facts.priceOpen")}</dd>
        <dt>{t("demands.facts.requirements")}</dt>
        <dd>
          {ocopMinStars || certificates.length ? (
            <ul className={styles.inlineList}>
              {ocopMinStars && <li>{t("demands.ocopMin", { stars: ocopMinStars })}</li>}
              {certificates.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : (
            t("demands.facts.noRequirements")
          )}
        </dd>
        {d.awardedQuantity > 0 && (
          <>
            <dt>{t("demands.facts.awarded")}</dt>
            <dd>{t("demands.quantityOf", { quantity: formatCount(d.awardedQuantity), unit: d.unit })}</dd>
          </>
        )}
        <dt>{t("demands.facts.offers")}</dt>
        <dd>{formatCount(d.offerCount)}</dd>
        <dt>{t("demands.facts.buyer")}</dt>
        <dd>
          {d.buyer.organisationName} · {text.kind(d.buyer.kind)} · {text.province(d.buyer.province)}
          {d.buyer.verified && <span className={`badge ${styles.badge} ${styles.toneOpen}`}>{t("demands.verified")}</span>}
        </dd>
      </dl>
      <h2 className={styles.sub}>{t("demands.facts.description")}</h2>
      <p className={styles.description}>{d.description}</p>
      <h2 className={styles.sub}>{t("demands.facts.deliveries")}</h2>
      {d.deliveries.length ? (
        <ol className={styles.deliveries}>
          {d.deliveries.map((x, i) => (
            <li key={i}>
              {t("demands.deliveryRow", {
                from: formatDay(x.from),
                to: formatDay(x.to),
                quantity: formatCount(x.quantity),
                unit: d.unit,
              })}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t("demands.facts.noDeliveries")}</p>
      )}
    </>
  );
}
