import type { StallOrder } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCancelStallOrder } from "../api/cancel-stall-order";
import styles from "./stall-order-card.module.css";

/** "Hủy phần của gian hàng này": asks once, then cancels only this stall's part (the others go on). */
export function CancelPart({ part }: { part: StallOrder }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const cancel = useCancelStallOrder();
  if (!part.actions.includes("cancel")) return null;
  if (!asking)
    return (
      <button type="button" className="btn btn-secondary" onClick={() => setAsking(true)}>
        {t("order.cancelPart")}
      </button>
    );
  return (
    <div className={styles.cancelPart} role="group" aria-label={t("order.cancelPart")}>
      <p>{t("order.cancelPartConfirm", { stall: part.stall.name })}</p>
      {cancel.isError && <p className="alert">{t("order.cancelPartFailed")}</p>}
      <div className={styles.cancelButtons}>
        <button
          type="button"
          className="btn btn-danger"
          disabled={cancel.isPending}
          onClick={() => cancel.mutate({ code: part.orderCode, stallOrderId: part.id }, { onSuccess: () => setAsking(false) })}
        >
          {t("order.cancelYes")}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => setAsking(false)}>
          {t("order.cancelNo")}
        </button>
      </div>
    </div>
  );
}
