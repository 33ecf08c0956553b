import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMyOrganisation } from "@/features/demands/api/organisation";
import styles from "@/features/demands/components/demands.module.css";
import { OrganisationForm } from "@/features/demands/components/organisation-form";
import { OrganisationStatus } from "@/features/demands/components/organisation-status";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { Skeleton } from "@/shared/ui/skeleton";
import { ErrorState } from "@/shared/ui/state-message";
import { RequireAuth } from "./require-auth";

/** /tai-khoan/doanh-nghiep — register my business as a buyer, then follow its verification. */
export function OrganisationPage() {
  const { t } = useTranslation();
  return (
    <div className={`container page ${styles.narrow}`}>
      <PageMeta title={t("organisation.title")} description={t("organisation.lead")} />
      <p>
        <Link to={paths.account()} className={styles.back}>
          {t("account.title")}
        </Link>
      </p>
      <h1>{t("organisation.title")}</h1>
      <RequireAuth>{() => <Organisation />}</RequireAuth>
    </div>
  );
}

function Organisation() {
  const { t } = useTranslation();
  const org = useMyOrganisation();
  if (org.isPending) return <Skeleton height="20rem" />;
  if (org.isError) return <ErrorState onRetry={() => void org.refetch()} />;
  if (!org.data)
    return (
      <>
        <p className="muted">{t("organisation.lead")}</p>
        <OrganisationForm />
      </>
    );
  return (
    <>
      <OrganisationStatus organisation={org.data} />
      {org.data.status === "verified" && (
        <p className={styles.buttons}>
          <Link to={paths.newDemand()} className="btn btn-primary">
            {t("demands.mine.post")}
          </Link>
          <Link to={paths.myDemands()} className="btn btn-secondary">
            {t("demands.mine.title")}
          </Link>
        </p>
      )}
    </>
  );
}
