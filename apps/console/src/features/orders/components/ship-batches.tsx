import type { ShipItemBatches, StallOrder } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { formText } from "@/shared/lib/form-text";
import { SelectField } from "@/shared/ui/field";
import { useProductBatches } from "../api/get-product-batches";

type Item = StallOrder["items"][number];

/** The field name of an item's batch choice in the ship dialog. */
const fieldOf = (item: Item) => `batch-${item.id}`;

function ItemBatch({ item }: { item: Item }) {
  const { t } = useTranslation();
  const batches = useProductBatches(item.productId);
  const list = batches.data?.items ?? [];
  return (
    <SelectField
      label={t("trace.shipBatch", { name: item.name, quantity: item.quantity })}
      name={fieldOf(item)}
      defaultValue=""
      disabled={!list.length}
    >
      <option value="">{list.length ? t("trace.shipNoBatch") : t("trace.shipNoBatches")}</option>
      {list.map((b) => (
        <option key={b.id} value={b.id}>
          {t("trace.lotNamed", { lot: b.lot })} · {b.code}
        </option>
      ))}
    </SelectField>
  );
}

/** In the ship dialog: which batch each item came from (optional), so the buyer's order links to its trace page. */
export function ShipBatches({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  return (
    <fieldset className="stack">
      <legend>{t("trace.shipBatches")}</legend>
      {items.map((item) => (
        <ItemBatch key={item.id} item={item} />
      ))}
    </fieldset>
  );
}

/** The chosen batches as the ship request's `items` (each item's whole quantity from the batch chosen), or undefined. */
export function shipBatchesFrom(data: FormData, items: Item[]): ShipItemBatches[] | undefined {
  const chosen = items.flatMap((item) => {
    const batchId = formText(data, fieldOf(item));
    return batchId ? [{ itemId: item.id, batches: [{ batchId, quantity: item.quantity }] }] : [];
  });
  return chosen.length ? chosen : undefined;
}
