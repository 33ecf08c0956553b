import type { CategoryNode } from "@chophien/contracts";
import type { ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { SelectField } from "@/shared/ui/field";
import { useCategories } from "../api/get-categories";

interface Props {
  value: string;
  onChange: (e: ChangeEvent<HTMLSelectElement>) => void;
  error?: string;
}

/** The category picker: groups as option groups, their categories inside (a group without children is itself a choice). */
export function CategorySelect({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const { localName } = useFormat();
  const categories = useCategories();
  const option = (c: CategoryNode) => (
    <option key={c.id} value={c.id}>
      {localName(c)}
    </option>
  );
  return (
    <SelectField
      label={t("product.fields.category")}
      name="categoryId"
      value={value}
      onChange={onChange}
      error={error ?? (categories.isError ? t("product.categoriesFailed") : undefined)}
      disabled={categories.isPending}
    >
      <option value="">{categories.isPending ? t("common.loading") : t("common.choose")}</option>
      {(categories.data ?? []).map((group) =>
        group.children.length ? (
          <optgroup key={group.id} label={localName(group)}>
            {group.children.map(option)}
          </optgroup>
        ) : (
          option(group)
        ),
      )}
    </SelectField>
  );
}
