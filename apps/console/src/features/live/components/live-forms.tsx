import type { SellerProduct } from "@chophien/contracts";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "@/shared/ui/field";

/** Adding an offer to a planned session. */
export function OfferForm({
  products,
  onAdd,
}: {
  products: SellerProduct[];
  onAdd: (b: { productId: string; livePrice: number; quantity: number; perBuyerLimit?: number }) => void;
}) {
  const { t } = useTranslation();
  const [productId, setProductId] = useState(products[0]?.id ?? "");
  const [livePrice, setLivePrice] = useState("");
  const [quantity, setQuantity] = useState("");
  const [limit, setLimit] = useState("");
  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onAdd({
          productId,
          livePrice: Number(livePrice),
          quantity: Number(quantity),
          ...(limit && { perBuyerLimit: Number(limit) }),
        });
      }}
    >
      <h3>{t("live.addOffer")}</h3>
      <SelectField label={t("live.product")} name="productId" value={productId} onChange={(e) => setProductId(e.target.value)}>
        {products.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("live.livePriceField")}
        name="livePrice"
        inputMode="numeric"
        value={livePrice}
        onChange={(e) => setLivePrice(e.target.value)}
        hint={t("live.priceRule")}
      />
      <TextField
        label={t("live.quantity")}
        name="quantity"
        inputMode="numeric"
        value={quantity}
        onChange={(e) => setQuantity(e.target.value)}
      />
      <TextField
        label={t("live.perBuyerLimit")}
        name="perBuyerLimit"
        inputMode="numeric"
        value={limit}
        onChange={(e) => setLimit(e.target.value)}
      />
      <button type="submit" className="btn btn-primary">
        {t("live.addOffer")}
      </button>
    </form>
  );
}

/** The viewer figures the stream platform showed, typed in by the host. */
export function ViewersForm({ onSave }: { onSave: (b: { viewersPeak?: number; viewersUnique?: number }) => void }) {
  const { t } = useTranslation();
  const [peak, setPeak] = useState("");
  const [unique, setUnique] = useState("");
  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSave({ ...(peak && { viewersPeak: Number(peak) }), ...(unique && { viewersUnique: Number(unique) }) });
      }}
    >
      <h3>{t("live.viewers")}</h3>
      <TextField
        label={t("live.viewersPeak")}
        name="viewersPeak"
        inputMode="numeric"
        value={peak}
        onChange={(e) => setPeak(e.target.value)}
        hint={t("live.viewersHint")}
      />
      <TextField
        label={t("live.viewersUnique")}
        name="viewersUnique"
        inputMode="numeric"
        value={unique}
        onChange={(e) => setUnique(e.target.value)}
      />
      <button type="submit" className="btn">
        {t("live.saveViewers")}
      </button>
    </form>
  );
}
