import { CounterOfferRequest, type Offer } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { issueMessage } from "@/shared/lib/error-message";
import { formText } from "@/shared/lib/form-text";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { TextAreaField, TextField } from "@/shared/ui/field";
import { showToast } from "@/shared/ui/toast";
import { useCounterOffer } from "../api/demands";
import { countersLeft, moveRefusal, typedInt } from "./offer-rules";

/** The stall's answer to a counter: a new round (price per unit in đồng, quantity, message), confirmed before sending. */
export function CounterDialog({ offer, unit, onClose }: { offer: Offer | null; unit: string; onClose: () => void }) {
  const { t } = useTranslation();
  const counter = useCounterOffer();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const close = () => {
    setErrors({});
    counter.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={!!offer}
      title={t("demands.counter.title")}
      body={offer && <p>{t("demands.counter.body", { count: countersLeft(offer) })}</p>}
      confirmLabel={t("demands.counter.submit")}
      busy={counter.isPending}
      error={counter.isError ? moveRefusal(counter.error, t) : null}
      onClose={close}
      onConfirm={(data) => {
        if (!offer) return;
        const parsed = CounterOfferRequest.safeParse({
          unitPrice: typedInt(formText(data, "unitPrice")),
          quantity: typedInt(formText(data, "quantity")),
          message: formText(data, "message"),
        });
        if (!parsed.success) {
          const next: Record<string, string> = {};
          for (const issue of parsed.error.issues) next[issue.path.join(".")] ??= issueMessage(issue, t);
          return setErrors(next);
        }
        setErrors({});
        counter.mutate(
          { id: offer.id, body: parsed.data },
          {
            onSuccess: () => {
              showToast(t("demands.counter.sent"));
              close();
            },
          },
        );
      }}
    >
      {offer && (
        <>
          <TextField
            label={t("demands.form.unitPrice", { unit })}
            name="unitPrice"
            inputMode="numeric"
            defaultValue={String(offer.unitPrice)}
            error={errors.unitPrice}
          />
          <TextField
            label={t("demands.form.quantity", { unit })}
            name="quantity"
            inputMode="numeric"
            defaultValue={String(offer.quantity)}
            error={errors.quantity}
          />
          <TextAreaField label={t("demands.form.message")} name="message" rows={3} maxLength={2000} error={errors.message} />
        </>
      )}
    </ConfirmDialog>
  );
}
