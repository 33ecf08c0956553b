import type { AdminProduct } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { ErrorState, LoadingState } from "@/shared/ui/state-message";
import { useAdminProduct } from "../api/get-admin-product";
import styles from "./admin-products.module.css";

/**
 * Who hid or showed a product, when and why — the market's record, loaded when the admin opens it (a native
 * disclosure: keyboard and screen readers know it).
 */
export function ModerationHistory({ product }: { product: AdminProduct }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [open, setOpen] = useState(false);
  const detail = useAdminProduct(product.id, open);
  if (!product.moderationCount) return null;
  return (
    <details className={styles.history} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("adminProducts.history", { count: product.moderationCount })}</summary>
      {detail.isPending ? (
        <LoadingState rows={2} />
      ) : detail.isError ? (
        <ErrorState onRetry={() => void detail.refetch()} />
      ) : (
        <ol>
          {detail.data.moderation.map((m) => (
            <li key={`${m.at}-${m.action}`}>
              <strong>{t(`adminProducts.action.${m.action}`)}</strong>{" "}
              <small className="muted">{t("adminProducts.historyBy", { name: m.admin.fullName, date: dateTime(m.at) })}</small>
              {m.reason && <p>{m.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
