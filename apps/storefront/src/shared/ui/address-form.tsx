import { PROVINCES } from "@chophien/contracts";
import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TextField, focusFirstInvalid } from "@/shared/ui/text-field";
import { validateAddress, type AddressDraft, type AddressErrors, type AddressField } from "@/shared/lib/address-validation";
import type { ShippingAddress } from "@chophien/contracts";

const collator = new Intl.Collator("vi");
/** The 34 provinces in Vietnamese alphabetical order, the way people look for their own. */
const SORTED_PROVINCES = [...PROVINCES].sort((a, b) => collator.compare(a.name, b.name));

interface Props {
  initial: AddressDraft;
  onProvinceChange?: (province: string) => void;
  onSubmit: (address: ShippingAddress, draft: AddressDraft) => void;
  submitLabel: string;
  /** More fields shown above the submit button (checkout's "Lưu địa chỉ này"). */
  children?: ReactNode;
}

/** The delivery address (since 2025-07-01: province and ward, no district), checked against the contract's schema. */
export function AddressForm({ initial, onProvinceChange, onSubmit, submitLabel, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<AddressErrors>({});

  const set = (field: AddressField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const error = (field: AddressField) => (errors[field] ? t(`checkout.errors.${field}`) : undefined);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validateAddress(draft);
    if (result.errors) {
      setErrors(result.errors);
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    onSubmit(result.address, draft);
  };

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t("checkout.address")}>
      <TextField
        label={t("checkout.fullName")}
        name="fullName"
        autoComplete="name"
        value={draft.fullName}
        onChange={(e) => set("fullName", e.target.value)}
        error={error("fullName")}
        required
      />
      <TextField
        label={t("checkout.phone")}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        placeholder="0912345678"
        value={draft.phone}
        onChange={(e) => set("phone", e.target.value)}
        error={error("phone")}
        hint={t("checkout.phoneHint")}
        required
      />
      <div className="field">
        <label className="field-label" htmlFor={`${id}-province`}>
          {t("checkout.province")}
        </label>
        <select
          id={`${id}-province`}
          name="province"
          className="input"
          autoComplete="address-level1"
          value={draft.province}
          aria-invalid={errors.province ? true : undefined}
          aria-describedby={errors.province ? `${id}-province-error` : undefined}
          required
          onChange={(e) => {
            set("province", e.target.value);
            if (e.target.value) onProvinceChange?.(e.target.value);
          }}
        >
          <option value="">{t("checkout.chooseProvince")}</option>
          {SORTED_PROVINCES.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name}
            </option>
          ))}
        </select>
        {errors.province && (
          <span id={`${id}-province-error`} className="field-error">
            {error("province")}
          </span>
        )}
      </div>
      <TextField
        label={t("checkout.ward")}
        name="ward"
        autoComplete="address-level3"
        value={draft.ward}
        onChange={(e) => set("ward", e.target.value)}
        error={error("ward")}
        hint={t("checkout.wardHint")}
        required
      />
      <TextField
        label={t("checkout.street")}
        name="street"
        autoComplete="street-address"
        value={draft.street}
        onChange={(e) => set("street", e.target.value)}
        error={error("street")}
        required
      />
      {children}
      <button type="submit" className="btn btn-primary btn-block btn-lg">
        {submitLabel}
      </button>
    </form>
  );
}
