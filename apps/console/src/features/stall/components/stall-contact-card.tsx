import type { Stall } from "@chophien/contracts";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/shared/lib/error-message";
import { showToast } from "@/shared/ui/toast";
import { useUpdateContact } from "../api/update-contact";
import styles from "./stall-contact-card.module.css";

/** The seller's choice to show the stall's phone (and Zalo) to shoppers; off until she turns it on. */
export function StallContactCard({ stall }: { stall: Stall }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(stall.contactPublic);
  const [zalo, setZalo] = useState(stall.contactZalo);
  const update = useUpdateContact();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ contactPublic: shown, contactZalo: zalo }, { onSuccess: () => showToast(t("common.saved")) });
  };
  return (
    <form className={`card ${styles.card}`} onSubmit={onSubmit} aria-labelledby="stall-contact-title">
      <h2 id="stall-contact-title" className={styles.title}>
        {t("stall.contactTitle")}
      </h2>
      <p className="muted">{t("stall.contactBody", { phone: stall.phone })}</p>
      <label className={styles.check}>
        <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
        <span>{t("stall.contactPublic")}</span>
      </label>
      <label className={styles.check}>
        <input type="checkbox" checked={zalo} disabled={!shown} onChange={(e) => setZalo(e.target.checked)} />
        <span>{t("stall.contactZalo")}</span>
      </label>
      {update.isError && (
        <p className="alert" role="alert">
          {errorMessage(update.error, t)}
        </p>
      )}
      <div>
        <button type="submit" className="btn btn-primary" disabled={update.isPending}>
          {t("common.save")}
        </button>
      </div>
    </form>
  );
}
