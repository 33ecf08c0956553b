import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useDemand } from "@/features/demands/api/demands";
import { DemandDetail } from "@/features/demands/components/demand-detail";
import { DemandsForMe } from "@/features/demands/components/demands-for-me";
import { MyOffers } from "@/features/demands/components/my-offers";
import { PageHeader } from "@/shared/ui/page-header";
import { ErrorState, LoadingState } from "@/shared/ui/state-message";

/** Demands for me: the businesses' wholesale demands the stall was matched to. */
export function SellerDemandsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("demands.forMeTitle")} description={t("demands.forMeSubtitle")} />
      <DemandsForMe />
    </>
  );
}

/** One demand's terms and the stall's offer on it. */
export function SellerDemandPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const demand = useDemand(id);
  return (
    <>
      <PageHeader
        title={demand.data?.title ?? t("demands.detailTitle")}
        back={{ to: "/seller/demands", label: t("demands.backToList") }}
      />
      {demand.isPending ? (
        <LoadingState rows={8} />
      ) : demand.isError ? (
        <ErrorState onRetry={() => void demand.refetch()} />
      ) : (
        <DemandDetail demand={demand.data} />
      )}
    </>
  );
}

/** The stall's offers: status, rounds, the buyer's contacts once shortlisted; counter or withdraw. */
export function SellerOffersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("demands.offersTitle")} description={t("demands.offersSubtitle")} />
      <MyOffers />
    </>
  );
}
