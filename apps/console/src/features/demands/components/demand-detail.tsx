import type { PublicDemand } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "@/shared/i18n/use-format";
import { ErrorState, LoadingState } from "@/shared/ui/state-message";
import { useMyOffers } from "../api/demands";
import { DemandFacts } from "./demand-facts";
import { OfferForm } from "./offer-form";
import { isLive, takesOffers } from "./offer-rules";
import { OfferStatusBadge } from "./offer-status-badge";
import styles from "./demands.module.css";

/**
 * One demand's terms and what the stall can do with it: its live offer when it has one (to follow in "My offers"),
 * else the offer form while the demand takes offers, else why it does not.
 */
export function DemandDetail({ demand }: { demand: PublicDemand }) {
  const { t } = useTranslation();
  const { vnd, number } = useFormat();
  const offers = useMyOffers();
  const live = offers.data?.find((o) => o.demandId === demand.id && isLive(o));

  return (
    <div className="stack">
      <article className="card stack" aria-labelledby="demand-terms">
        <h2 id="demand-terms">{t("demands.terms")}</h2>
        <DemandFacts demand={demand} />
        <p className={styles.description}>{demand.description}</p>
      </article>
      {offers.isPending ? (
        <LoadingState rows={3} />
      ) : offers.isError ? (
        <ErrorState onRetry={() => void offers.refetch()} />
      ) : live ? (
        <section className="card stack" aria-labelledby="my-offer-title">
          <h2 id="my-offer-title">{t("demands.yourOffer")}</h2>
          <p>
            <OfferStatusBadge status={live.status} />{" "}
            {t("demands.offerLine", { quantity: number(live.quantity), unit: demand.unit, price: vnd(live.unitPrice) })}
          </p>
          <Link className="btn btn-secondary" to="/seller/demand-offers">
            {t("demands.toMyOffers")}
          </Link>
        </section>
      ) : takesOffers(demand, new Date()) ? (
        <OfferForm demand={demand} />
      ) : (
        <p className="card">{t("demands.notTaking")}</p>
      )}
    </div>
  );
}
