import { useTranslation } from "react-i18next";
import type { PublicStallPage } from "../api/get-stall";
import styles from "./stall-contact.module.css";

/** The digits of a Vietnamese phone as typed (spaces, dots), for tel: and zalo.me links. */
const digits = (phone: string) => phone.replace(/[^\d+]/g, "");

/** Call or message the stall — only when the seller chose to show the number (otherwise nothing). */
export function StallContact({ contact }: { contact: PublicStallPage["contact"] }) {
  const { t } = useTranslation();
  if (!contact) return null;
  const n = digits(contact.phone);
  return (
    <p className={styles.row}>
      <a className="btn btn-secondary" href={`tel:${n}`}>
        {t("stall.call", { phone: contact.phone })}
      </a>
      {contact.zalo && (
        <a className="btn btn-secondary" href={`https://zalo.me/${n.replace(/^\+84/, "0")}`} target="_blank" rel="noreferrer">
          {t("stall.zalo")}
        </a>
      )}
    </p>
  );
}
