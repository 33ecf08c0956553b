import type { CategoryNode } from "@chophien/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import type { VoucherArea } from "../api/vouchers";
import { ProductPicker } from "./product-picker";
import { type ScopeMode, type VoucherScope, type VoucherTargets, toggled } from "./voucher-scope";
import styles from "./voucher-scope-picker.module.css";

const MODES: ScopeMode[] = ["all", "categories", "products"];

interface Props {
  area: VoucherArea;
  targets: VoucherTargets;
  value: VoucherScope;
  onChange: (scope: VoucherScope) => void;
  /** Shown when a limited choice has nothing chosen. */
  error?: string;
}

/** "Áp dụng cho": the whole stall (or market), some categories (a group covers its children) or some products. */
export function VoucherScopePicker({ area, targets, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const { localName } = useFormat();
  const modeName = useId();
  const category = (c: CategoryNode, child: boolean) => (
    <li key={c.id} className={child ? styles.child : undefined}>
      <label className="check">
        <input
          type="checkbox"
          checked={value.categoryIds.includes(c.id)}
          onChange={() => onChange({ ...value, categoryIds: toggled(value.categoryIds, c.id) })}
        />
        {child || !c.children.length ? localName(c) : t("vouchers.scope.wholeGroup", { name: localName(c) })}
      </label>
    </li>
  );

  return (
    <fieldset className={styles.scope}>
      <legend className={styles.legend}>{t("vouchers.scope.legend")}</legend>
      <div className={styles.modes}>
        {MODES.map((m) => (
          <label key={m} className="check">
            <input type="radio" name={modeName} checked={value.mode === m} onChange={() => onChange({ ...value, mode: m })} />
            {t(m === "all" ? `vouchers.scope.all.${area}` : `vouchers.scope.${m}`)}
          </label>
        ))}
      </div>
      {value.mode !== "all" && targets.loading && <p className="muted">{t("common.loading")}</p>}
      {value.mode === "categories" && (
        <ul className={styles.list} aria-label={t("vouchers.scope.categories")}>
          {targets.categories.flatMap((g) => [category(g, false), ...g.children.map((c) => category(c, true))])}
        </ul>
      )}
      {value.mode === "products" && (
        <ProductPicker
          products={targets.products}
          chosen={value.productIds}
          onChange={(productIds) => onChange({ ...value, productIds })}
        />
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
