import type { StallOrderStatus } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Icon } from "@/shared/ui/icon";
import styles from "./order-progress.module.css";

const STEPS = ["placed", "confirmed", "shipped", "delivered", "completed"] as const satisfies readonly StallOrderStatus[];

/** Where a stall's parcel is on its way, as five steps (cancelled and awaiting payment say so instead). */
export function OrderProgress({ status }: { status: StallOrderStatus }) {
  const { t } = useTranslation();
  if (status === "cancelled" || status === "awaiting_payment") return null;
  const reached = STEPS.indexOf(status);
  return (
    <ol className={styles.steps} aria-label={t("order.progress")}>
      {STEPS.map((s, i) => (
        <li key={s} className={i <= reached ? styles.done : styles.todo} aria-current={i === reached ? "step" : undefined}>
          <span className={styles.dot}>{i <= reached && <Icon name="check" size={14} />}</span>
          <span className={styles.label}>{t(`orderStatus.${s}`)}</span>
        </li>
      ))}
    </ol>
  );
}
