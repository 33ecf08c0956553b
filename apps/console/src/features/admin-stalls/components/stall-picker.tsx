import type { Stall } from "@chophien/contracts";
import { useDebouncedValue } from "@chophien/web";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAdminStalls } from "../api/get-admin-stalls";

/** Finds an approved stall by name (two letters or more) and picks it; shows the choice with a way to change it. */
export function StallPicker({ value, onChange }: { value: Stall | null; onChange: (stall: Stall | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState("");
  const debounced = useDebouncedValue(q.trim(), 250);
  const results = useAdminStalls({ status: "approved", q: debounced, limit: 8 });
  if (value)
    return (
      <div className="field">
        <span className="field-label">{t("payouts.stall")}</span>
        <div className="picked">
          <strong>{value.name}</strong>
          <span className="muted">
            {value.owner.fullName} · {value.province.name}
          </span>
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange(null)}>
            {t("common.change")}
          </button>
        </div>
      </div>
    );
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {t("payouts.stall")}
      </label>
      <input
        id={id}
        className="input"
        type="search"
        value={q}
        placeholder={t("payouts.stallSearch")}
        onChange={(e) => setQ(e.target.value)}
        autoComplete="off"
      />
      {debounced.length >= 2 && (
        <ul className="picker-results" aria-label={t("payouts.stallResults")}>
          {results.data?.items.map((s) => (
            <li key={s.id}>
              <button type="button" onClick={() => onChange(s)}>
                <strong>{s.name}</strong> <span className="muted">· {s.province.name}</span>
              </button>
            </li>
          ))}
          {results.data?.items.length === 0 && <li className="muted">{t("payouts.noStallFound")}</li>}
        </ul>
      )}
    </div>
  );
}
