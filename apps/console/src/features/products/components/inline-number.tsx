import { useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/shared/lib/error-message";
import { cx } from "@/shared/lib/cx";
import { parseWhole } from "./product-form-values";
import styles from "./products-table.module.css";

interface Props {
  value: number;
  /** What this is, for screen readers: "Stock of Cà phê Khe Sanh". */
  label: string;
  /** A message when the number is not acceptable, or null. */
  check: (n: number) => string | null;
  onSave: (n: number) => Promise<unknown>;
  suffix?: string;
}

const group = (n: number) => n.toLocaleString("vi-VN");

/**
 * A number edited in place: tap, type, and it saves on Enter or when focus leaves (Escape puts it back). Saving,
 * saved and failed are shown beside it and announced; a refused value stays in the box with the reason.
 */
export function InlineNumber({ value, label, check, onSave, suffix }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(group(value));
  const [state, setState] = useState<"idle" | "saving" | "saved" | "error">("idle");
  const [error, setError] = useState<string | null>(null);
  const [lastValue, setLastValue] = useState(value);
  // A refetch brought a new value (another tab, a sale): show it unless the seller is mid-edit.
  if (value !== lastValue) {
    setLastValue(value);
    if (state !== "error") setText(group(value));
  }

  const commit = async () => {
    const n = parseWhole(text);
    if (n === value) {
      setText(group(value));
      return setState((s) => (s === "error" ? "idle" : s));
    }
    const problem = n === null || !Number.isInteger(n) ? t("validation.number") : check(n);
    if (problem) {
      setError(problem);
      return setState("error");
    }
    setState("saving");
    setError(null);
    try {
      await onSave(n!);
      setState("saved");
      setText(group(n!));
    } catch (err) {
      setError(errorMessage(err, t));
      setState("error");
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      e.currentTarget.blur();
    }
    if (e.key === "Escape") {
      setText(group(value));
      setError(null);
      setState("idle");
    }
  };

  return (
    <div className={styles.inline}>
      <span className={styles.inlineBox}>
        <input
          className={cx("input", styles.inlineInput, state === "error" && styles.inlineInvalid)}
          inputMode="numeric"
          aria-label={label}
          aria-invalid={state === "error" ? true : undefined}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => void commit()}
          onKeyDown={onKeyDown}
          disabled={state === "saving"}
        />
        {suffix && <span className={styles.suffix}>{suffix}</span>}
      </span>
      <span className={styles.inlineState} aria-live="polite">
        {state === "saving" && t("common.saving")}
        {state === "saved" && <span className={styles.saved}>{t("common.saved")}</span>}
        {state === "error" && <span className="field-error">{error}</span>}
      </span>
    </div>
  );
}
