import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { flattenCategories, useCategories } from "@/features/catalog/api/get-categories";
import { useMyOrganisation } from "@/features/demands/api/organisation";
import { DemandForm } from "@/features/demands/components/demand-form";
import styles from "@/features/demands/components/demands.module.css";
import { PostingGate } from "@/features/demands/components/posting-gate";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { Skeleton } from "@/shared/ui/skeleton";
import { ErrorState } from "@/shared/ui/state-message";
import { RequireAuth } from "./require-auth";

/** /tai-khoan/nhu-cau/dang-moi — post a demand (a verified organisation's members only; others are told why not). */
export function NewDemandPage() {
  const { t } = useTranslation();
  return (
    <div className={`container page ${styles.narrow}`}>
      <PageMeta title={t("demands.form.title")} />
      <p>
        <Link to={paths.myDemands()} className={styles.back}>
          {t("demands.mine.title")}
        </Link>
      </p>
      <h1>{t("demands.form.title")}</h1>
      <RequireAuth>{() => <NewDemand />}</RequireAuth>
    </div>
  );
}

function NewDemand() {
  const { localName } = useFormat();
  const navigate = useNavigate();
  const org = useMyOrganisation();
  const categories = flattenCategories(useCategories().data?.items ?? []).map((c) => ({ id: c.id, name: localName(c) }));
  if (org.isPending) return <Skeleton height="24rem" />;
  if (org.isError) return <ErrorState onRetry={() => void org.refetch()} />;
  if (org.data?.status !== "verified") return <PostingGate organisation={org.data} />;
  return <DemandForm categories={categories} onPosted={(d) => void navigate(paths.myDemand(d.id))} />;
}
