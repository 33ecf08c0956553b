import { ApiError } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useAddresses } from "@/features/addresses/api/get-addresses";
import { useCloseDemand, useMyDemand } from "@/features/demands/api/demands";
import { DemandFacts } from "@/features/demands/components/demand-facts";
import { DemandStatusBadge } from "@/features/demands/components/demand-status-badge";
import styles from "@/features/demands/components/demands.module.css";
import { OfferCard } from "@/features/demands/components/offer-card";
import { awardCap, formatCount } from "@/features/demands/lib/demand-text";
import { demandErrorKey } from "@/features/demands/lib/error-text";
import { toAddressDraft } from "@/shared/lib/address-line";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { Skeleton } from "@/shared/ui/skeleton";
import { EmptyState, ErrorState } from "@/shared/ui/state-message";
import { NotFoundPage } from "./not-found-page";
import { RequireAuth } from "./require-auth";

/** /tai-khoan/nhu-cau/:id — one of my demands: every offer with its rounds, and the moves on each; closing it. */
export function MyDemandPage() {
  const { t } = useTranslation();
  return (
    <div className={`container page ${styles.narrow}`}>
      <PageMeta title={t("demands.manage.title")} />
      <p>
        <Link to={paths.myDemands()} className={styles.back}>
          {t("demands.mine.title")}
        </Link>
      </p>
      <RequireAuth>{() => <MyDemand />}</RequireAuth>
    </div>
  );
}

function MyDemand() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const demand = useMyDemand(id);
  const close = useCloseDemand(id);
  const addresses = useAddresses();
  const saved = addresses.data?.items.find((a) => a.isDefault) ?? addresses.data?.items[0];
  if (demand.isPending) return <Skeleton height="24rem" />;
  if (demand.isError)
    return demand.error instanceof ApiError && [400, 404].includes(demand.error.status) ? (
      <NotFoundPage />
    ) : (
      <ErrorState onRetry={() => void demand.refetch()} />
    );
  const d = demand.data;
  const unit = d.unit;
  return (
    <>
      <PageMeta title={d.title} />
      <p className={styles.cardHead}>
        <DemandStatusBadge status={d.status} />
        <Link to={paths.demand(d.id)} className={styles.back}>
          {t("demands.manage.public")}
        </Link>
      </p>
      <h1>{d.title}</h1>
      <p className={styles.big} data-testid="awarded-summary">
        {t("demands.manage.awardedOf", { awarded: formatCount(d.awardedQuantity), cap: formatCount(awardCap(d)), unit })}
      </p>
      <details className={styles.details}>
        <summary>{t("demands.manage.details")}</summary>
        <DemandFacts demand={d} />
      </details>
      <h2>{t("demands.manage.offers", { count: d.offers.length })}</h2>
      {d.offers.length === 0 ? (
        <EmptyState icon="store" title={t("demands.manage.noOffers")}>
          <p>{t("demands.manage.noOffersBody")}</p>
        </EmptyState>
      ) : (
        <ul className={styles.grid1}>
          {d.offers.map((o) => (
            <li key={o.id}>
              <OfferCard
                key={saved?.id ?? "none"}
                demand={d}
                offer={o}
                initialAddress={saved ? toAddressDraft(saved) : undefined}
              />
            </li>
          ))}
        </ul>
      )}
      {d.status === "open" && (
        <section className={styles.closeBox} aria-labelledby="close-demand">
          <h2 id="close-demand">{t("demands.manage.closeTitle")}</h2>
          <p className="muted">{t("demands.manage.closeBody")}</p>
          <button
            type="button"
            className="btn btn-danger"
            disabled={close.isPending}
            onClick={() => {
              if (window.confirm(t("demands.manage.closeConfirm"))) close.mutate();
            }}
          >
            {t("demands.manage.close")}
          </button>
          {close.isError && (
            <p className="alert alert-error" role="alert">
              {t(demandErrorKey(close.error, "close"))}
            </p>
          )}
        </section>
      )}
    </>
  );
}
