import { deliveryDays, PROVINCES, provinceBySlug, SHIPPING_RULE, shippingFee } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "@/shared/ui/icon";
import { useSavedProvince } from "../lib/saved-province";
import styles from "./shipping-estimate.module.css";

const collator = new Intl.Collator("vi");
const SORTED = [...PROVINCES].sort((a, b) => collator.compare(a.name, b.name));

/**
 * The fee and delivery time for one unit to the shopper's province (the order's rule: `shippingFee`), with a picker
 * for the province — remembered in this browser, so the next product page already knows it.
 */
export function ShippingEstimate({ price, stallProvince }: { price: number; stallProvince: string }) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const id = useId();
  const [province, setProvince] = useSavedProvince();
  const fee = province ? shippingFee(price, stallProvince, province) : undefined;
  const days = province ? deliveryDays(stallProvince, province) : undefined;
  return (
    <section className={styles.box} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.title}>
        <Icon name="truck" size={18} /> {t("shipping.title")}
      </h2>
      <label className={styles.picker}>
        <span className={styles.label}>{t("shipping.to")}</span>
        <select className="input" value={province ?? ""} onChange={(e) => e.target.value && setProvince(e.target.value)}>
          <option value="" disabled>
            {t("shipping.choose")}
          </option>
          {SORTED.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {fee !== undefined && days ? (
        <p className={styles.result} data-testid="shipping-estimate">
          <strong>{fee === 0 ? t("shipping.free") : t("shipping.fee", { fee: vnd(fee) })}</strong>
          <span>
            {t("shipping.days", {
              min: days.min,
              max: days.max,
              from: provinceBySlug(stallProvince)?.name ?? stallProvince,
            })}
          </span>
        </p>
      ) : (
        <p className={styles.hint}>{t("shipping.pick")}</p>
      )}
      <p className={styles.hint}>{t("shipping.freeFrom", { amount: vnd(SHIPPING_RULE.freeFrom) })}</p>
    </section>
  );
}
