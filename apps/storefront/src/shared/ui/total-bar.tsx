import { useFormat } from "@chophien/web";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import styles from "./total-bar.module.css";

/**
 * The grand total and the next step (check out, place the order) pinned to the bottom of a phone's screen, within
 * thumb's reach; from 960 px it is an ordinary row under the summary, without the repeated total.
 */
export function TotalBar({ total, children }: { total: number; children: ReactNode }) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  return (
    <div className={styles.bar}>
      {/* The summary above says the same to screen readers. */}
      <div className={styles.total} aria-hidden="true">
        <span>{t("cart.grandTotal")}</span>
        <strong>{vnd(total)}</strong>
      </div>
      {children}
    </div>
  );
}
