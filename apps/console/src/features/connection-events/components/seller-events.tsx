import { provinceBySlug } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { errorMessage } from "@/shared/lib/error-message";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { showToast } from "@/shared/ui/toast";
import { SELLER_EVENTS_PAGE, useRegistration, useSellerEvents } from "../api/events";
import styles from "./events.module.css";

/** The upcoming forums and fairs as cards: when (GMT+7), where, what is presented, and register or withdraw. */
export function SellerEvents() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [page, setPage] = useState(1);
  const list = useSellerEvents(page);
  const registration = useRegistration();

  if (list.isPending) return <LoadingState rows={4} />;
  if (list.isError) return <ErrorState onRetry={() => void list.refetch()} />;
  if (!list.data.items.length) return <EmptyState icon="inbox" title={t("events.noneUpcoming")} />;
  return (
    <div className="stack">
      {registration.isError && (
        <p role="alert" className="form-error">
          {errorMessage(registration.error, t, { conflict: t("events.registerConflict") })}
        </p>
      )}
      <ul className={styles.cards}>
        {list.data.items.map((e) => (
          <li key={e.id} className={`card ${styles.card}`}>
            <h2 className={styles.cardTitle}>{e.title}</h2>
            <p className="muted">
              {t(`events.kind.${e.kind}`)}
              {e.province && ` · ${provinceBySlug(e.province)?.name ?? e.province}`}
            </p>
            <dl className={styles.facts}>
              <dt>{t("events.when")}</dt>
              <dd>{t("events.fromTo", { start: dateTime(e.startsAt), end: dateTime(e.endsAt) })}</dd>
              {e.place && (
                <>
                  <dt>{t("events.field.place")}</dt>
                  <dd>{e.place}</dd>
                </>
              )}
              {e.link && (
                <>
                  <dt>{t("events.field.link")}</dt>
                  <dd>
                    <a href={e.link} target="_blank" rel="noreferrer noopener">
                      {e.link}
                    </a>
                  </dd>
                </>
              )}
              <dt>{t("events.presentedLabel")}</dt>
              <dd>
                {t("events.demandCount", { count: e.demandCount })} · {t("events.stallCount", { count: e.registrationCount })}
              </dd>
            </dl>
            <p className={styles.description}>{e.description}</p>
            <div className={styles.cardActions}>
              {e.registered && <strong className={styles.registered}>{t("events.youAreRegistered")}</strong>}
              <button
                type="button"
                className={e.registered ? "btn btn-secondary btn-lg" : "btn btn-primary btn-lg"}
                aria-label={`${t(e.registered ? "events.unregister" : "events.register")}: ${e.title}`}
                disabled={registration.isPending}
                onClick={() =>
                  registration.mutate(
                    { id: e.id, register: !e.registered },
                    {
                      onSuccess: (r) =>
                        showToast(t(r.registered ? "events.registeredToast" : "events.unregisteredToast", { title: r.title })),
                    },
                  )
                }
              >
                {t(e.registered ? "events.unregister" : "events.register")}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <Pagination page={page} limit={SELLER_EVENTS_PAGE} total={list.data.total} onPage={setPage} />
    </div>
  );
}
