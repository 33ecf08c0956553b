import type { SavedAddress } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { addressLine } from "@/shared/lib/address-line";
import styles from "./saved-address-choice.module.css";

/** Which address the order goes to: a saved one's id, or "new" for one typed now. */
export type AddressChoice = string;
export const NEW_ADDRESS: AddressChoice = "new";

/** The signed-in shopper's saved addresses as radio cards (the default first and marked), then "Địa chỉ khác". */
export function SavedAddressChoice({
  items,
  choice,
  onChoose,
}: {
  items: SavedAddress[];
  choice: AddressChoice;
  onChoose: (choice: AddressChoice) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t("checkout.savedLegend")}</legend>
      {items.map((a) => (
        <label key={a.id} className={styles.option}>
          <input type="radio" name="saved-address" value={a.id} checked={choice === a.id} onChange={() => onChoose(a.id)} />
          <span className={styles.card}>
            <span className={styles.head}>
              <span className={styles.name}>{a.fullName}</span>
              {a.isDefault && <span className={`badge ${styles.default}`}>{t("addresses.default")}</span>}
            </span>
            <span className={styles.desc}>{a.phone}</span>
            <span className={styles.desc}>{addressLine(a)}</span>
          </span>
        </label>
      ))}
      <label className={styles.option}>
        <input
          type="radio"
          name="saved-address"
          value={NEW_ADDRESS}
          checked={choice === NEW_ADDRESS}
          onChange={() => onChoose(NEW_ADDRESS)}
        />
        <span className={styles.card}>
          <span className={styles.name}>{t("checkout.otherAddress")}</span>
          <span className={styles.desc}>{t("checkout.otherAddressHint")}</span>
        </span>
      </label>
    </fieldset>
  );
}

/** "Lưu địa chỉ này" under a typed address: kept in the account's address book once the order is placed. */
export function SaveAddressBox({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <label className={styles.save}>
      <input type="checkbox" name="saveAddress" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span className={styles.text}>
        <span className={styles.name}>{t("checkout.saveAddress")}</span>
        <span className={styles.desc}>{t("checkout.saveAddressHint")}</span>
      </span>
    </label>
  );
}
