import type { PublicDemand } from "@chophien/contracts";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { focusFirstInvalid, TextAreaField, TextField } from "@/shared/ui/field";
import { showToast } from "@/shared/ui/toast";
import { useMakeOffer } from "../api/demands";
import { DeliveryRows } from "./delivery-rows";
import { ProductSelect } from "./product-select";
import { type DeliveryDraft, maxOfferQuantity, offerRefusal, parseOffer, typedInt } from "./offer-rules";

/**
 * The stall's offer on a demand: quantity (at most what the demand takes), the price per unit in đồng, optional
 * delivery rows, a message and optionally which of the stall's products it is. Checked against the contract before sending; the API's refusals read plainly.
 */
export function OfferForm({ demand, onMade }: { demand: PublicDemand; onMade?: () => void }) {
  const { t } = useTranslation();
  const { vnd, dateTime, number } = useFormat();
  const make = useMakeOffer(demand.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [quantity, setQuantity] = useState("");
  const [unitPrice, setUnitPrice] = useState("");
  const [message, setMessage] = useState("");
  const [productId, setProductId] = useState("");
  const [deliveries, setDeliveries] = useState<DeliveryDraft[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const total = (typedInt(quantity) ?? 0) * (typedInt(unitPrice) ?? 0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    make.reset();
    const parsed = parseOffer({ quantity, unitPrice, message, deliveries, productId }, t);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      focusFirstInvalid(formRef.current);
      return;
    }
    setErrors({});
    make.mutate(parsed.body, {
      onSuccess: () => {
        showToast(t("demands.offerSent"));
        onMade?.();
      },
    });
  };

  return (
    <form ref={formRef} className="card stack" onSubmit={submit} noValidate aria-labelledby="offer-form-title">
      <h2 id="offer-form-title">{t("demands.form.title")}</h2>
      <div className="form-grid">
        <TextField
          label={t("demands.form.quantity", { unit: demand.unit })}
          hint={t("demands.form.quantityHint", { max: number(maxOfferQuantity(demand)), unit: demand.unit })}
          inputMode="numeric"
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
          error={errors.quantity}
        />
        <TextField
          label={t("demands.form.unitPrice", { unit: demand.unit })}
          hint={
            total > 0 && Number.isFinite(total) ? t("demands.form.total", { total: vnd(total) }) : t("demands.form.unitPriceHint")
          }
          inputMode="numeric"
          value={unitPrice}
          onChange={(e) => setUnitPrice(e.target.value)}
          error={errors.unitPrice}
        />
      </div>
      <ProductSelect
        label={t("demands.product.label")}
        hint={t("demands.product.formHint")}
        value={productId}
        onChange={setProductId}
        error={errors.productId}
      />
      <DeliveryRows rows={deliveries} unit={demand.unit} errors={errors} onChange={setDeliveries} />
      <TextAreaField
        label={t("demands.form.message")}
        hint={t("demands.form.messageHint")}
        rows={4}
        maxLength={2000}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        error={errors.message}
      />
      {make.isError && (
        <p className="form-error" role="alert">
          {offerRefusal(make.error, demand, { t, dateTime, number, now: new Date() })}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-lg" disabled={make.isPending}>
        {make.isPending ? t("common.sending") : t("demands.form.submit")}
      </button>
    </form>
  );
}
