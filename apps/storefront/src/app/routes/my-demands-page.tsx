import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMyDemands } from "@/features/demands/api/demands";
import { useMyOrganisation } from "@/features/demands/api/organisation";
import { DemandCard } from "@/features/demands/components/demand-card";
import styles from "@/features/demands/components/demands.module.css";
import { PostingGate } from "@/features/demands/components/posting-gate";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { Skeleton } from "@/shared/ui/skeleton";
import { EmptyState, ErrorState } from "@/shared/ui/state-message";
import { RequireAuth } from "./require-auth";

/** /tai-khoan/nhu-cau — my organisation's demands, and posting a new one once the organisation is verified. */
export function MyDemandsPage() {
  const { t } = useTranslation();
  return (
    <div className={`container page ${styles.narrow}`}>
      <PageMeta title={t("demands.mine.title")} />
      <p>
        <Link to={paths.account()} className={styles.back}>
          {t("account.title")}
        </Link>
      </p>
      <h1>{t("demands.mine.title")}</h1>
      <RequireAuth>{() => <MyDemands />}</RequireAuth>
    </div>
  );
}

function MyDemands() {
  const { t } = useTranslation();
  const org = useMyOrganisation();
  const demands = useMyDemands();
  if (org.isPending || demands.isPending) return <Skeleton height="16rem" />;
  if (org.isError || demands.isError)
    return (
      <ErrorState
        onRetry={() => {
          void org.refetch();
          void demands.refetch();
        }}
      />
    );
  return (
    <>
      {org.data?.status === "verified" ? (
        <p>
          <Link to={paths.newDemand()} className="btn btn-primary btn-block">
            {t("demands.mine.post")}
          </Link>
        </p>
      ) : (
        <PostingGate organisation={org.data} />
      )}
      {demands.data.length === 0 ? (
        <EmptyState icon="clipboard" title={t("demands.mine.empty")}>
          <p>{t("demands.mine.emptyBody")}</p>
        </EmptyState>
      ) : (
        <ul className={styles.grid}>
          {demands.data.map((d) => (
            <li key={d.id}>
              <DemandCard demand={d} to={paths.myDemand(d.id)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
