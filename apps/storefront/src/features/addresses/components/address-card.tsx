import type { SavedAddress } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { addressLine } from "@/shared/lib/address-line";
import styles from "./address-book.module.css";

interface Props {
  address: SavedAddress;
  /** A change to this address is on its way: its buttons wait. */
  busy: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onMakeDefault: () => void;
}

/** One saved address: recipient, phone, full address, the "Mặc định" badge, and its actions (delete asks first). */
export function AddressCard({ address, busy, onEdit, onDelete, onMakeDefault }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const titleId = `address-${address.id}`;
  // Her addresses often share one recipient: the labels name the place, so each button is told apart.
  const line = addressLine(address);
  return (
    <li className={`card ${styles.card}`} aria-labelledby={titleId}>
      <div className={styles.head}>
        <strong id={titleId} className={styles.name}>
          {address.fullName}
        </strong>
        {address.isDefault && <span className={`badge ${styles.default}`}>{t("addresses.default")}</span>}
      </div>
      <address className={styles.lines}>
        <span>{address.phone}</span>
        <span>{line}</span>
      </address>
      {confirming ? (
        <div className={styles.confirm} role="group" aria-label={t("addresses.confirmDelete")}>
          <p className={styles.confirmText}>{t("addresses.confirmDelete")}</p>
          <div className={styles.actions}>
            <button type="button" className="btn btn-danger" disabled={busy} onClick={onDelete}>
              {t("addresses.delete")}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)}>
              {t("addresses.keep")}
            </button>
          </div>
        </div>
      ) : (
        <div className={styles.actions}>
          <button
            type="button"
            className="btn btn-secondary"
            disabled={busy}
            onClick={onEdit}
            aria-label={t("addresses.editOf", { address: line })}
          >
            {t("addresses.edit")}
          </button>
          <button
            type="button"
            className="btn btn-ghost"
            disabled={busy}
            onClick={() => setConfirming(true)}
            aria-label={t("addresses.deleteOf", { address: line })}
          >
            {t("addresses.delete")}
          </button>
          {!address.isDefault && (
            <button
              type="button"
              className="btn btn-ghost"
              disabled={busy}
              onClick={onMakeDefault}
              aria-label={t("addresses.makeDefaultOf", { address: line })}
            >
              {t("addresses.makeDefault")}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
