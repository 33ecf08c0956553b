import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { Skeleton } from "@/shared/ui/skeleton";
import { ErrorState } from "@/shared/ui/state-message";
import { paymentSettled, useOrder } from "../api/get-order";
import styles from "./payment-result.module.css";

/**
 * Where a VNPay shopper lands (and waits): asks for the order every few seconds until its payment is paid,
 * failed or the order cancelled. The payments module confirms the payment by IPN; this page only watches.
 */
export function PaymentResult({ code }: { code: string }) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const order = useOrder(code, { pollUntilSettled: true });

  if (order.isPending) return <Skeleton height="16rem" />;
  if (order.isError) return <ErrorState onRetry={() => void order.refetch()} />;
  const o = order.data;
  const status =
    o.status === "cancelled" ? "cancelled" : o.payment.status === "paid" ? "paid" : paymentSettled(o) ? "failed" : "waiting";

  return (
    <section className={`card ${styles.box}`} aria-live="polite" data-testid="payment-result" data-status={status}>
      <span className={styles[status]}>
        {status === "waiting" ? (
          <span className={`spinner ${styles.spin}`} aria-hidden="true" />
        ) : (
          <Icon name={status === "paid" ? "check" : "alert"} size={36} />
        )}
      </span>
      <h1 className={styles.title}>{t(`paymentResult.${status}.title`)}</h1>
      <p className={styles.body}>{t(`paymentResult.${status}.body`, { code: o.code, amount: vnd(o.payment.amount) })}</p>
      <div className={styles.actions}>
        <Link className="btn btn-primary" to={paths.order(o.code)}>
          {t("paymentResult.viewOrder")}
        </Link>
        <Link className="btn btn-secondary" to={paths.home()}>
          {t("paymentResult.continue")}
        </Link>
      </div>
    </section>
  );
}
