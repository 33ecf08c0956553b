import { foldVietnamese } from "@chophien/contracts";
import { useDebouncedValue } from "@chophien/web";
import { type KeyboardEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAdminProductNames } from "../api/get-admin-product-names";
import { MIN_SEARCH, useCatalogProductSearch } from "../api/search-catalog-products";
import { type ProductChoice, toggled } from "./voucher-scope";
import styles from "./voucher-scope-picker.module.css";

interface Props {
  /** The stall's own products, loaded in full (filtered here); absent for a market voucher (the catalog is searched). */
  products?: ProductChoice[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}

/** Enter in a search box inside a form searches as you type already; it must not submit the voucher. */
const keepEnter = (e: KeyboardEvent<HTMLInputElement>) => {
  if (e.key === "Enter") e.preventDefault();
};

/**
 * Choosing products: the chosen ones as removable chips, a search box, and the matches as checkboxes. A stall's
 * list is filtered here with folded names ("ca phe" finds "Cà phê"); the market's comes from the catalog's `q`.
 */
export function ProductPicker({ products, chosen, onChange }: Props) {
  const { t } = useTranslation();
  const searchId = useId();
  const [q, setQ] = useState("");
  const [met, setMet] = useState<Map<string, string>>(() => new Map());
  // The market's catalog is asked once typing pauses, not on every letter.
  const catalogue = useCatalogProductSearch(useDebouncedValue(products ? "" : q.trim(), 300));
  const local = useMemo(() => new Map((products ?? []).map((p) => [p.id, p.name])), [products]);
  const unnamed = products ? [] : chosen.filter((id) => !met.has(id));
  const fetched = useAdminProductNames(unnamed);
  const nameOf = (id: string) => local.get(id) ?? met.get(id) ?? fetched.get(id) ?? t("vouchers.scope.unknownProduct");

  const folded = foldVietnamese(q);
  const matches: ProductChoice[] = products
    ? products.filter((p) => foldVietnamese(p.name).includes(folded))
    : q.trim().length >= MIN_SEARCH
      ? (catalogue.data ?? []).map((p) => ({ id: p.id, name: p.name }))
      : [];

  const toggle = (p: ProductChoice) => {
    if (!products) setMet((m) => new Map(m).set(p.id, p.name));
    onChange(toggled(chosen, p.id));
  };

  return (
    <div className="stack">
      {chosen.length > 0 && (
        <ul className={styles.chips} aria-label={t("vouchers.scope.chosenProducts", { count: chosen.length })}>
          {chosen.map((id) => (
            <li key={id} className={styles.chip}>
              {nameOf(id)}
              <button
                type="button"
                aria-label={t("vouchers.scope.remove", { name: nameOf(id) })}
                onClick={() => onChange(chosen.filter((x) => x !== id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="field-label" htmlFor={searchId}>
        {t("vouchers.scope.search")}
      </label>
      <input
        id={searchId}
        className="input"
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={keepEnter}
        placeholder={products ? undefined : t("vouchers.scope.searchHint", { count: MIN_SEARCH })}
      />
      {catalogue.isError && <p className="field-error">{t("vouchers.scope.searchFailed")}</p>}
      {matches.length > 0 ? (
        <ul className={styles.list} aria-label={t("vouchers.scope.matches")}>
          {matches.map((p) => (
            <li key={p.id}>
              <label className="check">
                <input type="checkbox" checked={chosen.includes(p.id)} onChange={() => toggle(p)} />
                {p.name}
              </label>
            </li>
          ))}
        </ul>
      ) : (
        (products || q.trim().length >= MIN_SEARCH) &&
        !catalogue.isFetching && <p className="muted">{t("vouchers.scope.noMatch")}</p>
      )}
    </div>
  );
}
