import { provinceBySlug, type PublicDemand } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import styles from "./demands.module.css";

/** A province's name by its slug ("Cả nước" when a demand names none). */
export function useProvinceName() {
  const { t } = useTranslation();
  return (slug: string | null) => (slug ? (provinceBySlug(slug)?.name ?? slug) : t("demands.anyProvince"));
}

/** A calendar day `YYYY-MM-DD` as `05/01/2027` (day first in both languages). */
export const dayText = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** "OCOP 4★ trở lên · VietGAP" — what a demand asks of the products, or "Không yêu cầu". */
export function useRequirementText() {
  const { t } = useTranslation();
  return (r: PublicDemand["requirements"]) => {
    const parts = [...(r.ocopMinStars ? [t("demands.ocopMin", { stars: r.ocopMinStars })] : []), ...(r.certificates ?? [])];
    return parts.length ? parts.join(" · ") : t("demands.noRequirement");
  };
}

/** The terms of a demand: quantity and tolerance, deliveries, province, price range, deadline, buyer. */
export function DemandFacts({ demand }: { demand: PublicDemand }) {
  const { t } = useTranslation();
  const { vnd, dateTime, number } = useFormat();
  const province = useProvinceName();
  const requirement = useRequirementText();
  return (
    <dl className={styles.facts}>
      <dt>{t("demands.quantity")}</dt>
      <dd>
        {number(demand.quantity)} {demand.unit}
        {demand.tolerancePct > 0 && ` (± ${demand.tolerancePct}%)`}
      </dd>
      <dt>{t("demands.province")}</dt>
      <dd>{province(demand.province)}</dd>
      <dt>{t("demands.respondBy")}</dt>
      <dd>{t("demands.gmt7", { at: dateTime(demand.respondBy) })}</dd>
      <dt>{t("demands.requirement")}</dt>
      <dd>{requirement(demand.requirements)}</dd>
      <dt>{t("demands.priceRange")}</dt>
      <dd>
        {demand.priceRange
          ? t("demands.priceRangeValue", { min: vnd(demand.priceRange.min), max: vnd(demand.priceRange.max), unit: demand.unit })
          : t("demands.priceOpen")}
      </dd>
      <dt>{t("demands.buyer")}</dt>
      <dd>
        {demand.buyer.organisationName} · {t(`organisations.kind.${demand.buyer.kind}`)} · {province(demand.buyer.province)}
      </dd>
      {demand.deliveries.length > 0 && (
        <>
          <dt>{t("demands.deliveries")}</dt>
          <dd>
            <ul className={styles.plainList}>
              {demand.deliveries.map((d) => (
                <li key={`${d.from}-${d.to}-${d.quantity}`}>
                  {t("demands.deliveryLine", {
                    from: dayText(d.from),
                    to: dayText(d.to),
                    quantity: number(d.quantity),
                    unit: demand.unit,
                  })}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
