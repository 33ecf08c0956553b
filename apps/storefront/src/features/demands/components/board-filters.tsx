import { DEMAND_STATUSES, PROVINCES } from "@chophien/contracts";
import { SelectField, TextField } from "@chophien/web";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import styles from "./demands.module.css";

const collator = new Intl.Collator("vi");
const SORTED = [...PROVINCES].sort((a, b) => collator.compare(a.name, b.name));

export interface BoardFilterValues {
  q: string;
  category: string;
  province: string;
  status: string;
}

/**
 * The board's search (with or without Vietnamese marks: "ca phe" finds "Cà phê") and its filters; applied on
 * submit, so a phone on a slow line sends one request, not one per key.
 */
export function BoardFilters({
  value,
  categories,
  onApply,
}: {
  value: BoardFilterValues;
  categories: { id: string; name: string }[];
  onApply: (next: BoardFilterValues) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const set = (k: keyof BoardFilterValues) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [k]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ ...draft, q: draft.q.trim() });
  };
  return (
    <form role="search" className={styles.filters} onSubmit={submit} aria-label={t("demands.board.filters")}>
      <TextField
        label={t("demands.board.q")}
        type="search"
        name="q"
        value={draft.q}
        onChange={set("q")}
        hint={t("demands.board.qHint")}
      />
      {/* Folded on a phone until needed (open when one is set), so the results start near the top. */}
      <details className={styles.more} open={Boolean(value.category || value.province || value.status) || undefined}>
        <summary>{t("filters.title")}</summary>
        <div className={styles.moreFields}>
          <SelectField label={t("filters.category")} name="category" value={draft.category} onChange={set("category")}>
            <option value="">{t("filters.allCategories")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("filters.province")} name="province" value={draft.province} onChange={set("province")}>
            <option value="">{t("filters.allProvinces")}</option>
            {SORTED.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </SelectField>
          {/* No status is the board's default, open demands: "open" is that first choice, not listed twice. */}
          <SelectField label={t("demands.board.status")} name="status" value={draft.status} onChange={set("status")}>
            <option value="">{t("demands.board.openOnly")}</option>
            {DEMAND_STATUSES.filter((s) => s !== "open").map((s) => (
              <option key={s} value={s}>
                {t(`demands.status.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </details>
      <button type="submit" className={`btn btn-primary ${styles.apply}`}>
        {t("demands.board.apply")}
      </button>
    </form>
  );
}
