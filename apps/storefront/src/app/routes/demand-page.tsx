import { ApiError, useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { flattenCategories, useCategories } from "@/features/catalog/api/get-categories";
import { useDemand, useMyDemands } from "@/features/demands/api/demands";
import { DemandFacts } from "@/features/demands/components/demand-facts";
import { DemandStatusBadge } from "@/features/demands/components/demand-status-badge";
import styles from "@/features/demands/components/demands.module.css";
import { useDemandText } from "@/features/demands/components/use-demand-text";
import { paths } from "@/shared/lib/paths";
import { useSession } from "@/shared/session/session-store";
import { PageMeta } from "@/shared/ui/page-meta";
import { EmptyState, ErrorState } from "@/shared/ui/state-message";
import { PageSkeleton } from "../layout/page-skeleton";
import { NotFoundPage } from "./not-found-page";

/**
 * /nhu-cau/:id — everything public about a demand (never the buyer's contacts); a stall owner is pointed to the
 * console to answer it, the buyer's own people to the page where they manage it.
 */
export function DemandPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const { localName } = useFormat();
  const text = useDemandText();
  const session = useSession();
  const signedIn = session.status === "signed-in";
  const demand = useDemand(id);
  const mine = useMyDemands(signedIn);
  const category = flattenCategories(useCategories().data?.items ?? []).find((c) => c.id === demand.data?.categoryId);
  if (demand.isPending) return <PageSkeleton />;
  if (demand.isError)
    return demand.error instanceof ApiError && (demand.error.status === 404 || demand.error.status === 400) ? (
      <NotFoundPage />
    ) : (
      <ErrorState onRetry={() => void demand.refetch()} />
    );
  const d = demand.data;
  const isBuyer = mine.data?.some((m) => m.id === d.id) ?? false;
  return (
    <div className={`container page ${styles.narrow}`}>
      <PageMeta
        title={d.title}
        description={t("demands.meta", {
          quantity: text.quantity(d),
          buyer: d.buyer.organisationName,
          date: text.deadline(d.respondBy),
        })}
      />
      <p>
        <Link to={paths.demands()} className={styles.back}>
          {t("demands.board.back")}
        </Link>
      </p>
      <p className={styles.cardHead}>
        <DemandStatusBadge status={d.status} />
      </p>
      <h1>{d.title}</h1>
      {isBuyer ? (
        <p className="alert alert-success">
          <span>
            {t("demands.page.yours")}{" "}
            <Link to={paths.myDemand(d.id)} className={styles.inlineLink}>
              {t("demands.page.manage")}
            </Link>
          </span>
        </p>
      ) : signedIn && session.user.role === "seller" && d.status === "open" ? (
        <p className="alert">
          <span>
            {t("demands.page.sellerHint")}{" "}
            <a href={paths.sellerDemands()} className={styles.inlineLink}>
              {t("demands.page.sellerLink")}
            </a>
          </span>
        </p>
      ) : null}
      <DemandFacts demand={d} categoryName={category ? localName(category) : undefined} />
      {!signedIn && d.status === "open" && (
        <EmptyState icon="store" title={t("demands.page.answerTitle")}>
          <p>{t("demands.page.answerBody")}</p>
          <p>
            <a href={paths.openStall()} className="btn btn-secondary">
              {t("nav.openStall")}
            </a>
          </p>
        </EmptyState>
      )}
    </div>
  );
}
