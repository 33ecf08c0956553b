import { useTranslation } from "react-i18next";
import { Icon } from "./icon";
import styles from "./quantity-stepper.module.css";

interface Props {
  value: number;
  min?: number;
  max: number;
  onChange: (next: number) => void;
  /** Names the product, so "Increase quantity of Cà phê…" is unambiguous in a list. */
  label: string;
  disabled?: boolean;
}

/** − n + with 44 px buttons; typing a number works too and is clamped to [min, max]. */
export function QuantityStepper({ value, min = 1, max, onChange, label, disabled = false }: Props) {
  const { t } = useTranslation();
  const clamp = (n: number) => Math.max(min, Math.min(max, Math.round(n)));
  return (
    <div className={styles.stepper} role="group" aria-label={t("quantity.group", { name: label })}>
      <button
        type="button"
        className={styles.button}
        onClick={() => onChange(clamp(value - 1))}
        disabled={disabled || value <= min}
        aria-label={t("quantity.decrease", { name: label })}
      >
        <Icon name="minus" size={18} />
      </button>
      <input
        className={styles.input}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={value}
        disabled={disabled}
        aria-label={t("quantity.label", { name: label })}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (e.target.value !== "" && Number.isFinite(n)) onChange(clamp(n));
        }}
      />
      <button
        type="button"
        className={styles.button}
        onClick={() => onChange(clamp(value + 1))}
        disabled={disabled || value >= max}
        aria-label={t("quantity.increase", { name: label })}
      >
        <Icon name="plus" size={18} />
      </button>
    </div>
  );
}
