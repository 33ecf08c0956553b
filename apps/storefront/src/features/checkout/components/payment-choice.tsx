import type { PaymentMethod } from "@chophien/contracts";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "@/shared/ui/icon";
import styles from "./payment-choice.module.css";

const METHODS = ["cod", "vnpay", "bank_transfer"] as const satisfies readonly PaymentMethod[];

/** Cash on delivery, VNPay (bank app, QR, card) or a VietQR bank transfer, as large radio cards. */
export function PaymentChoice({
  initial,
  onSubmit,
  submitLabel,
}: {
  initial: PaymentMethod;
  onSubmit: (m: PaymentMethod) => void;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<PaymentMethod>(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(method);
  };
  return (
    <form onSubmit={submit}>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("checkout.paymentMethod")}</legend>
        {METHODS.map((m) => (
          <label key={m} className={styles.option}>
            <input type="radio" name="payment" value={m} checked={method === m} onChange={() => setMethod(m)} />
            <span className={styles.card}>
              <span className={styles.icon}>
                <Icon name={m === "cod" ? "truck" : "shield"} size={24} />
              </span>
              <span className={styles.text}>
                <span className={styles.name}>{t(`payment.method.${m}`)}</span>
                <span className={styles.desc}>{t(`payment.describe.${m}`)}</span>
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="btn btn-primary btn-block btn-lg">
        {submitLabel}
      </button>
    </form>
  );
}
