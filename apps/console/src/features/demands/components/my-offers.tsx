import type { Offer, PublicDemand } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "@/shared/i18n/use-format";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { showToast } from "@/shared/ui/toast";
import { useDemandsById, useMyOffers, useWithdrawOffer } from "../api/demands";
import { CounterDialog } from "./counter-dialog";
import { canCounter, isLive, moveRefusal } from "./offer-rules";
import { OfferProduct } from "./offer-product";
import { OfferStatusBadge } from "./offer-status-badge";
import styles from "./demands.module.css";

/** One offer: its demand, status, its product, every round, the buyer's contacts once shortlisted, and the stall's moves. */
function OfferCard({
  offer,
  demand,
  onCounter,
  onWithdraw,
}: {
  offer: Offer;
  demand: PublicDemand | undefined;
  onCounter: () => void;
  onWithdraw: () => void;
}) {
  const { t } = useTranslation();
  const { vnd, dateTime, number } = useFormat();
  const unit = demand?.unit ?? "";
  const titleId = `offer-${offer.id}`;
  return (
    <li className="card stack">
      <div className={styles.offerHead}>
        <h2 id={titleId}>
          <Link className={styles.titleLink} to={`/seller/demands/${offer.demandId}`}>
            {demand?.title ?? t("demands.aDemand")}
          </Link>
        </h2>
        <OfferStatusBadge status={offer.status} />
      </div>
      <p>
        {t("demands.offerLine", { quantity: number(offer.quantity), unit, price: vnd(offer.unitPrice) })} ·{" "}
        {t("demands.offerTotal", { total: vnd(offer.quantity * offer.unitPrice) })}
      </p>
      {offer.awardedQuantity !== null && <p>{t("demands.awarded", { quantity: number(offer.awardedQuantity), unit })}</p>}
      {offer.declineReason && <p>{t("demands.declined", { reason: offer.declineReason })}</p>}
      <OfferProduct offer={offer} titleId={titleId} />
      <section aria-label={t("demands.rounds")}>
        <h3>{t("demands.rounds")}</h3>
        <ol className={styles.rounds}>
          {offer.rounds.map((r) => (
            <li key={r.round}>
              <strong>{t(`demands.roundBy.${r.by}`)}</strong> · {dateTime(r.createdAt)} —{" "}
              {t("demands.offerLine", { quantity: number(r.quantity), unit, price: vnd(r.unitPrice) })}
              {r.message && <span className="block muted">{r.message}</span>}
            </li>
          ))}
        </ol>
      </section>
      {offer.contacts && (
        <section aria-label={t("demands.contacts")}>
          <h3>{t("demands.contacts")}</h3>
          <dl className={styles.facts}>
            <dt>{t("demands.contact.name")}</dt>
            <dd>{offer.contacts.name}</dd>
            {offer.contacts.phone && (
              <>
                <dt>{t("demands.contact.phone")}</dt>
                <dd>
                  <a href={`tel:${offer.contacts.phone}`}>{offer.contacts.phone}</a>
                </dd>
              </>
            )}
            {offer.contacts.email && (
              <>
                <dt>{t("demands.contact.email")}</dt>
                <dd>
                  <a href={`mailto:${offer.contacts.email}`}>{offer.contacts.email}</a>
                </dd>
              </>
            )}
            {offer.contacts.address && (
              <>
                <dt>{t("demands.contact.address")}</dt>
                <dd>{offer.contacts.address}</dd>
              </>
            )}
          </dl>
        </section>
      )}
      {isLive(offer) && (
        <div className={styles.actions}>
          {canCounter(offer) && (
            <button type="button" className="btn btn-secondary" onClick={onCounter} aria-describedby={titleId}>
              {t("demands.counter.open")}
            </button>
          )}
          <button type="button" className="btn btn-danger" onClick={onWithdraw} aria-describedby={titleId}>
            {t("demands.withdraw.open")}
          </button>
        </div>
      )}
    </li>
  );
}

/** The stall's offers, newest first, with counter and withdraw behind a confirmation each. */
export function MyOffers() {
  const { t } = useTranslation();
  const offers = useMyOffers();
  const demands = useDemandsById((offers.data ?? []).map((o) => o.demandId));
  const withdraw = useWithdrawOffer();
  const [countering, setCountering] = useState<Offer | null>(null);
  const [withdrawing, setWithdrawing] = useState<Offer | null>(null);

  if (offers.isPending) return <LoadingState rows={6} />;
  if (offers.isError) return <ErrorState onRetry={() => void offers.refetch()} />;
  if (!offers.data.length)
    return (
      <EmptyState icon="inbox" title={t("demands.offersEmpty")}>
        <p>{t("demands.offersEmptyBody")}</p>
      </EmptyState>
    );
  const closeWithdraw = () => {
    setWithdrawing(null);
    withdraw.reset();
  };
  return (
    <>
      <ul className={styles.offers}>
        {offers.data.map((o) => (
          <OfferCard
            key={o.id}
            offer={o}
            demand={demands.get(o.demandId)}
            onCounter={() => setCountering(o)}
            onWithdraw={() => setWithdrawing(o)}
          />
        ))}
      </ul>
      <CounterDialog
        offer={countering}
        unit={countering ? (demands.get(countering.demandId)?.unit ?? "") : ""}
        onClose={() => setCountering(null)}
      />
      <ConfirmDialog
        open={!!withdrawing}
        title={t("demands.withdraw.title")}
        body={<p>{t("demands.withdraw.body")}</p>}
        confirmLabel={t("demands.withdraw.submit")}
        tone="danger"
        busy={withdraw.isPending}
        error={withdraw.isError ? moveRefusal(withdraw.error, t) : null}
        onClose={closeWithdraw}
        onConfirm={() => {
          if (!withdrawing) return;
          withdraw.mutate(withdrawing.id, {
            onSuccess: () => {
              showToast(t("demands.withdraw.done"));
              closeWithdraw();
            },
          });
        }}
      />
    </>
  );
}
