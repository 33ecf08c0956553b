import type { Order } from "@chophien/contracts";
import { ApiError } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { showToast } from "@/shared/ui/toast";
import { usePayAgain } from "../api/pay-again";
import styles from "./pay-again-panel.module.css";

/** Whether an order still waits for an online payment the buyer can make again (or swap for cash on delivery). */
export const awaitsPayment = (order: Order) =>
  order.status === "awaiting_payment" && order.payment.status === "pending" && order.payment.method !== "cod";

/**
 * "Thanh toán lại" (a new VNPay page) and "Đổi sang COD" for an order whose payment was abandoned; `go` opens the
 * pay page (the browser's location by default).
 */
export function PayAgainPanel({
  order,
  go = (url) => window.location.assign(url),
}: {
  order: Order;
  go?: (url: string) => void;
}) {
  const { t } = useTranslation();
  const pay = usePayAgain();
  if (!awaitsPayment(order)) return null;
  const failed = (err: Error) =>
    showToast({
      tone: "error",
      message: err instanceof ApiError && err.status === 409 ? t("payAgain.conflict") : t("error.body"),
    });
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="pay-again-title">
      <h2 id="pay-again-title" className={styles.title}>
        {t("payAgain.title")}
      </h2>
      <p className={styles.hint}>{t("payAgain.hint")}</p>
      <div className={styles.buttons}>
        <button
          type="button"
          className="btn btn-primary btn-lg"
          disabled={pay.isPending}
          onClick={() =>
            pay.mutate(
              { code: order.code, paymentMethod: "vnpay" },
              { onError: failed, onSuccess: ({ payment }) => payment.redirectUrl && go(payment.redirectUrl) },
            )
          }
        >
          {t("payAgain.vnpay")}
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-lg"
          disabled={pay.isPending}
          onClick={() =>
            pay.mutate(
              { code: order.code, paymentMethod: "cod" },
              { onError: failed, onSuccess: () => showToast({ tone: "success", message: t("payAgain.codDone") }) },
            )
          }
        >
          {t("payAgain.cod")}
        </button>
      </div>
    </section>
  );
}
