import { useFormat } from "@chophien/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/shared/lib/error-message";
import { Icon } from "@/shared/ui/icon";
import { openLabels, useBatchReports, type BatchDetail as Detail } from "../api/batches";
import styles from "./traceability.module.css";

const day = (d: string) => d.split("-").reverse().join("/");

/** A batch as its seller sees it: facts, the QR its labels carry, print buttons, the chain so far and reports. */
export function BatchDetail({ detail, stallSlug }: { detail: Detail; stallSlug: string | null }) {
  const { t, i18n } = useTranslation();
  const { dateTime } = useFormat();
  const { batch, events } = detail;
  const reports = useBatchReports(batch.id);
  const [printError, setPrintError] = useState<string | null>(null);
  const lang = i18n.language === "en" ? "en" : "vi";

  return (
    <div className={styles.detail}>
      <section className={`card ${styles.form}`} aria-labelledby="batch-facts">
        <h2 id="batch-facts" className={styles.h2}>
          {t("trace.lotNamed", { lot: batch.lot })}
        </h2>
        <div className={styles.qrRow}>
          <img
            src={`/api/trace/${batch.code}/qr.svg`}
            alt={t("trace.qrAlt", { code: batch.code })}
            width={128}
            height={128}
            className={styles.qr}
          />
          <dl className={styles.facts}>
            <div>
              <dt>{t("trace.code")}</dt>
              <dd>
                <code>{batch.code}</code>
              </dd>
            </div>
            <div>
              <dt>{t("trace.producedOn")}</dt>
              <dd>{day(batch.producedOn)}</dd>
            </div>
            {batch.bestBefore && (
              <div>
                <dt>{t("trace.bestBefore")}</dt>
                <dd>{day(batch.bestBefore)}</dd>
              </div>
            )}
            <div>
              <dt>{t("trace.quantity")}</dt>
              <dd>
                {batch.quantity} {batch.unit}
              </dd>
            </div>
          </dl>
        </div>
        <p>
          <a href={batch.traceUrl} target="_blank" rel="noreferrer">
            {batch.traceUrl}
          </a>
        </p>
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              setPrintError(null);
              openLabels(batch.id).catch((err: unknown) => setPrintError(errorMessage(err, t)));
            }}
          >
            {t("trace.printLabels")}
          </button>
          {stallSlug && (
            <a
              className="btn btn-secondary"
              href={`/api/stalls/${stallSlug}/poster.pdf?lang=${lang}&size=a4`}
              target="_blank"
              rel="noreferrer"
            >
              {t("trace.printPoster")}
            </a>
          )}
        </div>
        {printError && (
          <p className="form-error" role="alert">
            {printError}
          </p>
        )}
        {batch.inputs.length > 0 && (
          <>
            <h3 className={styles.h3}>{t("trace.inputs")}</h3>
            <ul className={styles.list}>
              {batch.inputs.map((i, n) => (
                <li key={n}>
                  <strong>{i.name}</strong>
                  {[i.supplier, i.lot, i.appliedOn && day(i.appliedOn)].filter(Boolean).map((x) => ` · ${x}`)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className={`card ${styles.form}`} aria-labelledby="batch-events">
        <h2 id="batch-events" className={styles.h2}>
          {t("trace.events", { count: events.length })}
        </h2>
        {events.length === 0 ? (
          <p className={styles.muted}>{t("trace.noEvents")}</p>
        ) : (
          <ol className={styles.timeline}>
            {events.map((e) => (
              <li key={e.id} data-testid="batch-event">
                <strong>
                  #{e.seq} {t(`trace.eventType.${e.type}`)}
                </strong>{" "}
                <time dateTime={e.occurredAt}>{dateTime(e.occurredAt)}</time>
                {e.place && <span className={styles.muted}> · {e.place}</span>}
                <p className={styles.note}>{e.note}</p>
                {e.photo && (
                  <img
                    src={e.photo.url}
                    alt=""
                    width={e.photo.width}
                    height={e.photo.height}
                    className={styles.photo}
                    loading="lazy"
                  />
                )}
                <code className={styles.hash} title={e.hash}>
                  {e.hash.slice(0, 16)}…
                </code>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className={`card ${styles.form}`} aria-labelledby="batch-reports">
        <h2 id="batch-reports" className={styles.h2}>
          <Icon name="inbox" size={20} /> {t("trace.reports")}
        </h2>
        {reports.isPending ? null : reports.isError ? (
          <p className="form-error" role="alert">
            {errorMessage(reports.error, t)}
          </p>
        ) : reports.data.items.length === 0 ? (
          <p className={styles.muted}>{t("trace.noReports")}</p>
        ) : (
          <ul className={styles.list}>
            {reports.data.items.map((r) => (
              <li key={r.id}>
                <time dateTime={r.createdAt}>{dateTime(r.createdAt)}</time>: {r.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
