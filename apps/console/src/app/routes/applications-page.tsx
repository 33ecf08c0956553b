import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { useAdminStall } from "@/features/admin-stalls/api/get-admin-stall";
import { ApplicationDetail } from "@/features/admin-stalls/components/application-detail";
import { ApplicationQueue } from "@/features/admin-stalls/components/application-queue";
import { cx } from "@/shared/lib/cx";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { PageHeader } from "@/shared/ui/page-header";
import styles from "./applications-page.module.css";

/**
 * The application queue beside the chosen application (a laptop), or one after the other (a phone): the admin
 * works down the list oldest first, and after a decision moves on to the queue again.
 */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const stall = useAdminStall(id);
  return (
    <>
      <PageHeader
        title={t("adminStalls.queueTitle")}
        description={t("adminStalls.queueSubtitle")}
        back={id ? { to: "/admin/applications", label: t("adminStalls.backToQueue") } : undefined}
      />
      <div className={cx(styles.split, id && styles.hasDetail)}>
        <div className={styles.queue}>
          <ApplicationQueue selectedId={id} />
        </div>
        <div className={styles.detail}>
          {!id ? (
            <EmptyState icon="inbox" title={t("adminStalls.pick")} />
          ) : stall.isPending ? (
            <LoadingState rows={8} />
          ) : stall.isError ? (
            <ErrorState onRetry={() => void stall.refetch()} />
          ) : (
            <ApplicationDetail key={stall.data.id} stall={stall.data} onDecided={() => void navigate("/admin/applications")} />
          )}
        </div>
      </div>
    </>
  );
}
