import { DEMAND_LIMITS } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { TextField } from "@/shared/ui/field";
import { Icon } from "@/shared/ui/icon";
import type { DeliveryDraft } from "./offer-rules";
import styles from "./demands.module.css";

/** Optional delivery rows (from, to, quantity), added and removed one by one; errors keyed `deliveries.i.field`. */
export function DeliveryRows({
  rows,
  unit,
  errors,
  onChange,
}: {
  rows: DeliveryDraft[];
  unit: string;
  errors: Record<string, string>;
  onChange: (rows: DeliveryDraft[]) => void;
}) {
  const { t } = useTranslation();
  const set = (key: number, patch: Partial<DeliveryDraft>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <div className="stack">
      <h3>{t("demands.form.deliveries")}</h3>
      <p className="muted">{t("demands.form.deliveriesHint")}</p>
      {rows.map((r, i) => {
        const n = i + 1;
        return (
          <fieldset key={r.key} className={styles.deliveryRow}>
            <legend>{t("demands.form.delivery", { n })}</legend>
            <TextField
              label={t("demands.form.from")}
              type="date"
              value={r.from}
              onChange={(e) => set(r.key, { from: e.target.value })}
              error={errors[`deliveries.${i}.from`]}
            />
            <TextField
              label={t("demands.form.to")}
              type="date"
              value={r.to}
              onChange={(e) => set(r.key, { to: e.target.value })}
              error={errors[`deliveries.${i}.to`]}
            />
            <TextField
              label={t("demands.form.deliveryQuantity", { unit })}
              inputMode="numeric"
              value={r.quantity}
              onChange={(e) => set(r.key, { quantity: e.target.value })}
              error={errors[`deliveries.${i}.quantity`]}
            />
            <button
              type="button"
              className="btn btn-secondary"
              aria-label={t("demands.form.removeDelivery", { n })}
              onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            >
              <Icon name="trash" size={18} />
            </button>
          </fieldset>
        );
      })}
      {rows.length < DEMAND_LIMITS.deliveries && (
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => onChange([...rows, { key: Math.max(0, ...rows.map((r) => r.key)) + 1, from: "", to: "", quantity: "" }])}
        >
          <Icon name="plus" size={18} />
          {t("demands.form.addDelivery")}
        </button>
      )}
    </div>
  );
}
