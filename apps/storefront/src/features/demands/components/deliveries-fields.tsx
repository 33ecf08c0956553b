import { DEMAND_LIMITS } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { TextField } from "@/shared/ui/text-field";
import { Icon } from "@/shared/ui/icon";
import { EMPTY_DELIVERY, type DeliveryDraft, type DemandErrors } from "../lib/demand-form";
import styles from "./demands.module.css";

/** The delivery schedule: rows of from–to days and a quantity, added and removed one at a time. */
export function DeliveriesFields({
  rows,
  errors,
  onChange,
}: {
  rows: DeliveryDraft[];
  errors: DemandErrors;
  onChange: (rows: DeliveryDraft[]) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, k: keyof DeliveryDraft, v: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [k]: v } : r)));
  const err = (i: number, k: string) => {
    const key = errors[`deliveries.${i}.${k}`];
    return key ? t(`demands.form.errors.${key}`) : undefined;
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className="field-label">{t("demands.form.deliveries")}</legend>
      <p className="field-hint">{t("demands.form.deliveriesHint")}</p>
      {rows.map((r, i) => (
        <div key={i} className={styles.deliveryRow} role="group" aria-label={t("demands.form.deliveryN", { n: i + 1 })}>
          <TextField
            label={t("demands.form.from")}
            type="date"
            value={r.from}
            onChange={(e) => set(i, "from", e.target.value)}
            error={err(i, "from")}
          />
          <TextField
            label={t("demands.form.to")}
            type="date"
            value={r.to}
            onChange={(e) => set(i, "to", e.target.value)}
            error={err(i, "to")}
          />
          <TextField
            label={t("demands.form.deliveryQuantity")}
            inputMode="numeric"
            value={r.quantity}
            onChange={(e) => set(i, "quantity", e.target.value)}
            error={err(i, "quantity")}
          />
          <button
            type="button"
            className="btn btn-ghost"
            aria-label={t("demands.form.removeDelivery", { n: i + 1 })}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            <Icon name="trash" size={20} />
          </button>
        </div>
      ))}
      {errors.deliveries && <p className="field-error">{t(`demands.form.errors.${errors.deliveries}`)}</p>}
      {rows.length < DEMAND_LIMITS.deliveries && (
        <button type="button" className="btn btn-secondary" onClick={() => onChange([...rows, EMPTY_DELIVERY])}>
          <Icon name="plus" size={18} /> {t("demands.form.addDelivery")}
        </button>
      )}
    </fieldset>
  );
}
