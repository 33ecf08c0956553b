import { provinceBySlug } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Icon } from "@/shared/ui/icon";
import type { SearchState } from "../lib/search-params";
import styles from "./active-filters.module.css";

interface Props {
  state: SearchState;
  onChange: (patch: SearchState) => void;
  onClear: () => void;
  categoryLabel: (slug: string) => string;
}

/** The filters in force as removable chips, with "clear all" — visible above the results on every screen. */
export function ActiveFilters({ state, onChange, onClear, categoryLabel }: Props) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const chips: { key: string; label: string; patch: SearchState }[] = [];
  if (state.category) chips.push({ key: "category", label: categoryLabel(state.category), patch: { category: undefined } });
  if (state.province)
    chips.push({
      key: "province",
      label: provinceBySlug(state.province)?.name ?? state.province,
      patch: { province: undefined },
    });
  if (state.ocopMin)
    chips.push({
      key: "ocop",
      label: t(state.ocopMin === 5 ? "filters.ocopExactly" : "filters.ocopAtLeast", { stars: state.ocopMin }),
      patch: { ocopMin: undefined },
    });
  if (state.minPrice !== undefined || state.maxPrice !== undefined)
    chips.push({
      key: "price",
      label:
        state.minPrice === undefined
          ? t("filters.under", { price: vnd(state.maxPrice ?? 0) })
          : state.maxPrice === undefined
            ? t("filters.over", { price: vnd(state.minPrice) })
            : `${vnd(state.minPrice)} – ${vnd(state.maxPrice)}`,
      patch: { minPrice: undefined, maxPrice: undefined },
    });
  if (state.inStock) chips.push({ key: "stock", label: t("filters.inStock"), patch: { inStock: undefined } });
  if (!chips.length) return null;
  return (
    <ul className={styles.chips} aria-label={t("filters.active")}>
      {chips.map((c) => (
        <li key={c.key}>
          <button
            type="button"
            className={styles.chip}
            onClick={() => onChange(c.patch)}
            aria-label={t("filters.remove", { filter: c.label })}
          >
            {c.label}
            <Icon name="close" size={16} />
          </button>
        </li>
      ))}
      {chips.length > 1 && (
        <li>
          <button type="button" className={styles.clear} onClick={onClear}>
            {t("filters.clear")}
          </button>
        </li>
      )}
    </ul>
  );
}
