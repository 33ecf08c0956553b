import { CARRIERS } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formText } from "@/shared/lib/form-text";
import { SelectField, TextField } from "@/shared/ui/field";

const OTHER = "other";

/**
 * The ship dialog's carrier: one of the listed carriers (the buyer then gets a tracking link), or "another" with its
 * name typed — kept as free text and shown to the buyer without a link.
 */
export function CarrierField({ error }: { error?: string | undefined }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState("");
  return (
    <>
      <SelectField
        label={t("orders.carrier")}
        name="carrierChoice"
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
        error={choice === OTHER ? undefined : error}
      >
        <option value="" disabled>
          {t("orders.carrierChoose")}
        </option>
        {CARRIERS.map((c) => (
          <option key={c.code} value={c.name}>
            {c.name}
          </option>
        ))}
        <option value={OTHER}>{t("orders.carrierOther")}</option>
      </SelectField>
      {choice === OTHER && (
        <TextField label={t("orders.carrierName")} name="carrierName" error={error} maxLength={60} autoComplete="off" />
      )}
    </>
  );
}

/** The carrier the dialog names: the listed one chosen, or the typed name for another. */
export function carrierFrom(data: FormData): string {
  const choice = formText(data, "carrierChoice");
  return choice === OTHER ? formText(data, "carrierName") : choice;
}
