import type { ProductList } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { SearchState } from "../lib/search-params";
import styles from "./filter-panel.module.css";
import { formText } from "@/shared/lib/form-text";

type Facets = ProductList["facets"];

interface Props {
  facets: Facets | undefined;
  state: SearchState;
  onChange: (patch: SearchState) => void;
  /** The category's name in the current language (facet labels come in Vietnamese). */
  categoryLabel?: (slug: string, fallback: string) => string;
}

/** Price bands a shopper of farm goods thinks in, in đồng. */
const PRICE_BANDS: { min?: number; max?: number }[] = [{ max: 100_000 }, { min: 100_000, max: 300_000 }, { min: 300_000 }];
const SHOWN_CATEGORIES = 8;

/**
 * Category, province, OCOP stars, price and stock filters built from the API's facets, each option with its
 * count. Every choice applies at once (and lands in the URL); the price range applies on its button.
 */
export function FilterPanel({ facets, state, onChange, categoryLabel = (_s, f) => f }: Props) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const [allCategories, setAllCategories] = useState(false);

  // A copy: the facets belong to the query cache. A parent category chosen from a home tile is not a facet row.
  const categories = [...(facets?.categories ?? [])];
  if (state.category && !categories.some((c) => c.value === state.category))
    categories.unshift({ value: state.category, label: state.category, count: 0 });
  const shown = allCategories ? categories : categories.slice(0, SHOWN_CATEGORIES);
  const provinces = facets?.provinces ?? [];
  // The facet counts products with exactly n stars; the filter means "n stars or more".
  const starCount = (min: number) =>
    (facets?.ocopStars ?? []).filter((f) => Number(f.value) >= min).reduce((s, f) => s + f.count, 0);

  const applyPrice = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const read = (k: string) => {
      const v = formText(data, k).replace(/\D/g, "");
      return v ? Number(v) : undefined;
    };
    let [min, max] = [read("minPrice"), read("maxPrice")];
    if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
    onChange({ minPrice: min, maxPrice: max });
  };

  return (
    <div className={styles.panel}>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("filters.category")}</legend>
        <label className={styles.option}>
          <input type="radio" name="category" checked={!state.category} onChange={() => onChange({ category: undefined })} />
          <span className={styles.optionLabel}>{t("filters.allCategories")}</span>
        </label>
        {shown.map((c) => (
          <label key={c.value} className={styles.option}>
            <input
              type="radio"
              name="category"
              checked={state.category === c.value}
              onChange={() => onChange({ category: c.value })}
            />
            <span className={styles.optionLabel}>{categoryLabel(c.value, c.label)}</span>
            <span className={styles.count}>{c.count}</span>
          </label>
        ))}
        {categories.length > SHOWN_CATEGORIES && (
          <button type="button" className={styles.more} onClick={() => setAllCategories((v) => !v)} aria-expanded={allCategories}>
            {allCategories ? t("filters.showLess") : t("filters.showAll", { count: categories.length })}
          </button>
        )}
      </fieldset>

      <div className={styles.group}>
        <label className={styles.legend} htmlFor="filter-province">
          {t("filters.province")}
        </label>
        <select
          id="filter-province"
          className="input"
          value={state.province ?? ""}
          onChange={(e) => onChange({ province: e.target.value || undefined })}
        >
          <option value="">{t("filters.allProvinces")}</option>
          {provinces.map((p) => (
            <option key={p.value} value={p.value}>
              {`${p.label} (${p.count})`}
            </option>
          ))}
          {state.province && !provinces.some((p) => p.value === state.province) && (
            <option value={state.province}>{state.province}</option>
          )}
        </select>
      </div>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("filters.ocop")}</legend>
        <div className={styles.chips}>
          {[undefined, 3, 4, 5].map((min) => (
            <label key={min ?? 0} className={styles.chip}>
              <input type="radio" name="ocop" checked={state.ocopMin === min} onChange={() => onChange({ ocopMin: min })} />
              <span>
                {min ? t(min === 5 ? "filters.ocopExactly" : "filters.ocopAtLeast", { stars: min }) : t("filters.any")}
                {min && facets ? <span className={styles.chipCount}> ({starCount(min)})</span> : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("filters.price")}</legend>
        <div className={styles.chips}>
          {PRICE_BANDS.map((b) => {
            const on = state.minPrice === b.min && state.maxPrice === b.max;
            const label =
              b.min === undefined
                ? t("filters.under", { price: vnd(b.max ?? 0) })
                : b.max === undefined
                  ? t("filters.over", { price: vnd(b.min) })
                  : `${vnd(b.min)} – ${vnd(b.max)}`;
            return (
              <button
                key={label}
                type="button"
                className={on ? styles.bandOn : styles.band}
                aria-pressed={on}
                onClick={() => onChange(on ? { minPrice: undefined, maxPrice: undefined } : { minPrice: b.min, maxPrice: b.max })}
              >
                {label}
              </button>
            );
          })}
        </div>
        <form className={styles.range} onSubmit={applyPrice} key={`${state.minPrice}-${state.maxPrice}`}>
          <label className={styles.rangeField}>
            <span className="visually-hidden">{t("filters.minPrice")}</span>
            <input
              className="input"
              name="minPrice"
              inputMode="numeric"
              placeholder={t("filters.from")}
              defaultValue={state.minPrice ?? ""}
            />
          </label>
          <span aria-hidden="true">–</span>
          <label className={styles.rangeField}>
            <span className="visually-hidden">{t("filters.maxPrice")}</span>
            <input
              className="input"
              name="maxPrice"
              inputMode="numeric"
              placeholder={t("filters.to")}
              defaultValue={state.maxPrice ?? ""}
            />
          </label>
          <button type="submit" className="btn btn-secondary">
            {t("filters.apply")}
          </button>
        </form>
      </fieldset>

      <div className={styles.group}>
        <label className={styles.switch}>
          <input
            type="checkbox"
            checked={state.inStock === true}
            onChange={(e) => onChange({ inStock: e.target.checked || undefined })}
          />
          <span>{t("filters.inStock")}</span>
        </label>
      </div>
    </div>
  );
}
