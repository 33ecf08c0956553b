import type { PublicTrace } from "@chophien/contracts";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { formatDay } from "../lib/dates";
import { verifyChain, type ChainState } from "../lib/verify-chain";
import { ChainStatus } from "./chain-status";
import { ReportForm } from "./report-form";
import { TraceTimeline } from "./trace-timeline";
import styles from "./trace-view.module.css";

/** A batch's public page: what and whose, the lot's facts and inputs, the verified timeline, and a way to report. */
export function TraceView({ trace }: { trace: PublicTrace }) {
  const { t } = useTranslation();
  // The verdict is kept with the trace it is about, so a new trace shows "checking" until its own verdict lands.
  const [verdict, setVerdict] = useState<{ of: PublicTrace; state: ChainState } | null>(null);
  useEffect(() => {
    let live = true;
    void verifyChain(trace).then((state) => live && setVerdict({ of: trace, state }));
    return () => {
      live = false;
    };
  }, [trace]);
  const chain: ChainState = verdict?.of === trace ? verdict.state : { kind: "checking" };
  const { batch, product, stall } = trace;

  return (
    <article className={styles.page}>
      <header className={styles.head}>
        <p className={styles.kicker}>{t("trace.kicker")}</p>
        <h1 className={styles.title}>{product.name}</h1>
        <p className={styles.stall}>
          <Icon name="store" size={18} />
          <Link to={paths.stall(stall.slug)}>{stall.name}</Link> · {stall.province.name}
        </p>
      </header>

      <ChainStatus state={chain} />

      <section aria-labelledby="trace-facts" className={`card ${styles.card}`}>
        <h2 id="trace-facts" className={styles.h2}>
          {t("trace.facts")}
        </h2>
        <dl className={styles.facts}>
          <div>
            <dt>{t("trace.lot")}</dt>
            <dd>{batch.lot}</dd>
          </div>
          <div>
            <dt>{t("trace.producedOn")}</dt>
            <dd>{formatDay(batch.producedOn)}</dd>
          </div>
          {batch.bestBefore && (
            <div>
              <dt>{t("trace.bestBefore")}</dt>
              <dd>{formatDay(batch.bestBefore)}</dd>
            </div>
          )}
          <div>
            <dt>{t("trace.quantity")}</dt>
            <dd>
              {batch.quantity} {batch.unit}
            </dd>
          </div>
          <div>
            <dt>{t("trace.code")}</dt>
            <dd>
              <code>{batch.code}</code>
            </dd>
          </div>
        </dl>
        {batch.note && <p className={styles.note}>{batch.note}</p>}
      </section>

      <section aria-labelledby="trace-inputs" className={`card ${styles.card}`}>
        <h2 id="trace-inputs" className={styles.h2}>
          {t("trace.inputs")}
        </h2>
        {batch.inputs.length === 0 ? (
          <p className={styles.muted}>{t("trace.noInputs")}</p>
        ) : (
          <ul className={styles.inputs}>
            {batch.inputs.map((i, n) => (
              <li key={n}>
                <strong>{i.name}</strong>
                {(i.supplier || i.lot || i.appliedOn) && (
                  <span className={styles.muted}>
                    {[
                      i.supplier && t("trace.supplier", { supplier: i.supplier }),
                      i.lot && t("trace.inputLot", { lot: i.lot }),
                      i.appliedOn && t("trace.appliedOn", { day: formatDay(i.appliedOn) }),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {trace.certificates.length > 0 && (
        <section aria-labelledby="trace-certs" className={`card ${styles.card}`}>
          <h2 id="trace-certs" className={styles.h2}>
            {t("trace.certificates")}
          </h2>
          <ul className={styles.inputs}>
            {trace.certificates.map((c) => (
              <li key={c.number}>
                {t("trace.certificate", { stars: c.stars, number: c.number })}
                {c.validUntil && ` · ${t("trace.validUntil", { day: formatDay(c.validUntil) })}`}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="trace-timeline" className={`card ${styles.card}`}>
        <h2 id="trace-timeline" className={styles.h2}>
          {t("trace.timeline")}
        </h2>
        <TraceTimeline events={trace.events} />
      </section>

      <p className={styles.muted}>{t("trace.opens", { count: trace.scans.opens })}</p>
      <p>
        <Link to={paths.product(product.slug)} className="btn btn-secondary">
          {t("trace.seeProduct")}
        </Link>
      </p>
      <ReportForm code={batch.code} />
    </article>
  );
}
