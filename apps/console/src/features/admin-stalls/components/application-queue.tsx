import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "@/shared/i18n/use-format";
import { cx } from "@/shared/lib/cx";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { useAdminStalls } from "../api/get-admin-stalls";
import styles from "./admin-stalls.module.css";

/** Pending applications, oldest first (first come, first served), as links to each one's details. */
export function ApplicationQueue({ selectedId }: { selectedId?: string }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const queue = useAdminStalls({ status: "pending", limit: 60 });
  if (queue.isPending) return <LoadingState rows={5} />;
  if (queue.isError) return <ErrorState onRetry={() => void queue.refetch()} />;
  if (!queue.data.items.length)
    return (
      <EmptyState icon="check" title={t("adminStalls.queueEmpty")}>
        <p>{t("adminStalls.queueEmptyBody")}</p>
      </EmptyState>
    );
  return (
    <div>
      <p className="muted">{t("adminStalls.queueCount", { count: queue.data.total })}</p>
      <ol className={styles.queue}>
        {queue.data.items.map((s) => (
          <li key={s.id}>
            <Link
              to={`/admin/applications/${s.id}`}
              className={cx(styles.queueItem, s.id === selectedId && styles.queueSelected)}
              aria-current={s.id === selectedId ? "page" : undefined}
            >
              <strong>{s.name}</strong>
              <span className="muted">
                {s.owner.fullName} · {s.province.name}
              </span>
              <small className="muted">{dateTime(s.createdAt)}</small>
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
