import { useTranslation } from "react-i18next";
import { SORTS, type SortKey } from "../lib/search-params";
import styles from "./sort-select.module.css";

/** The sort menu; "relevance" only makes sense with a query, so it is offered only then. */
export function SortSelect({
  value,
  hasQuery,
  onChange,
}: {
  value: SortKey | undefined;
  hasQuery: boolean;
  onChange: (s: SortKey | undefined) => void;
}) {
  const { t } = useTranslation();
  const fallback: SortKey = hasQuery ? "relevance" : "newest";
  return (
    <label className={styles.sort}>
      <span className={styles.label}>{t("sort.label")}</span>
      <select
        className="input"
        value={value ?? fallback}
        onChange={(e) => {
          const next = e.target.value as SortKey;
          onChange(next === fallback ? undefined : next);
        }}
      >
        {SORTS.filter((s) => hasQuery || s !== "relevance").map((s) => (
          <option key={s} value={s}>
            {t(`sort.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
