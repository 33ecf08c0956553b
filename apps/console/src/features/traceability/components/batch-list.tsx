import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorMessage } from "@/shared/lib/error-message";
import { useBatches } from "../api/batches";
import styles from "./traceability.module.css";

/** The product's batches, newest first, each opening its page (events, labels, reports). */
export function BatchList({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const batches = useBatches(productId);
  if (batches.isPending) return <p className={styles.muted}>{t("trace.loading")}</p>;
  if (batches.isError)
    return (
      <p className="form-error" role="alert">
        {errorMessage(batches.error, t)}
      </p>
    );
  if (!batches.data.items.length) return <p className={styles.muted}>{t("trace.noBatches")}</p>;
  return (
    <ul className={styles.batches}>
      {batches.data.items.map((b) => (
        <li key={b.id} className="card">
          <Link to={`/seller/batches/${b.id}`} className={styles.batchLink}>
            <strong>{t("trace.lotNamed", { lot: b.lot })}</strong>
            <span className={styles.muted}>
              {b.producedOn.split("-").reverse().join("/")} · {b.quantity} {b.unit} ·{" "}
              {t("trace.eventCount", { count: b.eventCount })}
            </span>
            <code>{b.code}</code>
          </Link>
        </li>
      ))}
    </ul>
  );
}
