import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { useAdminOrganisation } from "@/features/admin-organisations/api/organisations";
import { OrganisationDetail } from "@/features/admin-organisations/components/organisation-detail";
import { OrganisationQueue } from "@/features/admin-organisations/components/organisation-queue";
import { cx } from "@/shared/lib/cx";
import { PageHeader } from "@/shared/ui/page-header";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import styles from "./applications-page.module.css";

/**
 * Buyer organisations, shown like the stall applications: the list (pending first) beside the chosen one on a
 * laptop, one after the other on a phone; after a decision the admin is back at the list with its filter.
 */
export function AdminOrganisationsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const organisation = useAdminOrganisation(id);
  const list = `/admin/organisations${search}`;
  return (
    <>
      <PageHeader
        title={t("organisations.title")}
        description={t("organisations.subtitle")}
        back={id ? { to: list, label: t("organisations.backToList") } : undefined}
      />
      <div className={cx(styles.split, id && styles.hasDetail)}>
        <div className={styles.queue}>
          <OrganisationQueue selectedId={id} />
        </div>
        <div className={styles.detail}>
          {!id ? (
            <EmptyState icon="shield" title={t("organisations.pick")} />
          ) : organisation.isPending ? (
            <LoadingState rows={8} />
          ) : organisation.isError ? (
            <ErrorState onRetry={() => void organisation.refetch()} />
          ) : (
            <OrganisationDetail
              key={organisation.data.id}
              organisation={organisation.data}
              onDecided={() => void navigate(list)}
            />
          )}
        </div>
      </div>
    </>
  );
}
