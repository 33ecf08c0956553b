import type { StallOrderStatus } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import styles from "./order-status-badge.module.css";

/** A status as a coloured pill; the colour only repeats what the words say. */
export function OrderStatusBadge({ status }: { status: StallOrderStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${styles[status] ?? ""}`}>{t(`orderStatus.${status}`)}</span>;
}
