import type { Stall } from "@chophien/contracts";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/shared/lib/error-message";
import { useSetCommission } from "../api/set-commission";
import styles from "./admin-stalls.module.css";

/** Percent as typed ("4,5" or "4.5") → basis points (450); null when not a rate between 0 and 100. */
export function percentToBps(text: string): number | null {
  const n = Number(text.replace(",", ".").trim());
  if (text.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) return null;
  return Math.round(n * 100);
}

/** The stall's commission in percent, changed in place; "Default" clears the override (the API answers the platform rate). */
export function CommissionCell({ stall }: { stall: Stall }) {
  const { t } = useTranslation();
  const set = useSetCommission();
  const current = (stall.commissionRateBps / 100).toString();
  const [text, setText] = useState(current);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bps = percentToBps(text);
    if (bps === null) return setProblem(t("adminStalls.commissionRange"));
    setProblem(null);
    if (bps !== stall.commissionRateBps) set.mutate({ id: stall.id, bps });
  };
  return (
    <form className={styles.commission} onSubmit={submit} noValidate>
      <div className={styles.commissionRow}>
        <label className="visually-hidden" htmlFor={`commission-${stall.id}`}>
          {t("adminStalls.commissionOf", { name: stall.name })}
        </label>
        <input
          id={`commission-${stall.id}`}
          className="input input-sm"
          inputMode="decimal"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={problem ? true : undefined}
        />
        <span>%</span>
        <button type="submit" className="btn btn-secondary btn-sm" disabled={set.isPending}>
          {t("common.save")}
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          disabled={set.isPending}
          onClick={() =>
            set.mutate({ id: stall.id, bps: null }, { onSuccess: (s) => setText((s.commissionRateBps / 100).toString()) })
          }
          title={t("adminStalls.commissionDefaultHint")}
        >
          {t("adminStalls.commissionDefault")}
        </button>
      </div>
      {(problem || set.isError) && (
        <span className="field-error" role="alert">
          {problem ?? errorMessage(set.error, t)}
        </span>
      )}
      {set.isSuccess && !problem && <span className={styles.saved}>{t("common.saved")}</span>}
    </form>
  );
}
