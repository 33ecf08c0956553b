import { useTranslation } from "react-i18next";
import { SelectField } from "@/shared/ui/field";
import { useOfferableProducts } from "../api/demands";

/**
 * A select of the stall's own active products (the only ones an offer may name), with "none chosen" first.
 * While the list loads or fails, the select says so and stays disabled rather than offering nothing silently.
 */
export function ProductSelect({
  label,
  hint,
  value,
  onChange,
  error,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (productId: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const products = useOfferableProducts();
  const items = products.data ?? [];
  const state = products.isPending
    ? t("demands.product.loading")
    : products.isError
      ? t("demands.product.loadFailed")
      : !items.length
        ? t("demands.product.noneActive")
        : undefined;
  return (
    <SelectField
      label={label}
      hint={state ?? hint}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      disabled={!items.length}
      error={error}
    >
      <option value="">{t("demands.product.none")}</option>
      {items.map((p) => (
        <option key={p.id} value={p.id}>
          {t("demands.product.option", { name: p.name, unit: p.unit })}
        </option>
      ))}
    </SelectField>
  );
}
