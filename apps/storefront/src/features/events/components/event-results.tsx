import type { EventResults as Results } from "@chophien/contracts";
import { formatVnd } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import styles from "./events.module.css";

const count = (n: number) => new Intl.NumberFormat("vi-VN").format(n);

/**
 * An event's results once it has started: the totals, then per presented demand its offers, the stalls that
 * offered and its deals — quantity, unit price and value, and the deal's orders made, delivered and paid.
 */
export function EventResults({ results }: { results: Results }) {
  const { t } = useTranslation();
  const r = results.totals;
  return (
    <section aria-labelledby="event-results">
      <h2 id="event-results">{t("events.results.title")}</h2>
      <dl className={styles.totals} data-testid="event-totals">
        {(
          [
            ["demands", count(r.demands)],
            ["offers", count(r.offers)],
            ["deals", count(r.deals)],
            ["dealValue", formatVnd(r.dealValue)],
            ["orders", count(r.orders)],
            ["delivered", count(r.delivered)],
            ["paid", count(r.paid)],
          ] as const
        ).map(([k, v]) => (
          <div key={k}>
            <dt>{t(`events.results.totals.${k}`)}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <ul className={styles.list}>
        {results.demands.map((d) => (
          <li key={d.demandId} className={`card ${styles.result}`}>
            <h3 className={styles.resultTitle}>
              <Link to={paths.demand(d.demandId)} className={styles.link}>
                {d.title}
              </Link>
            </h3>
            <p className="muted">{t("events.results.offers", { offers: count(d.offers), stalls: count(d.stallsOffered) })}</p>
            {d.deals.length === 0 ? (
              <p>{t("events.results.noDeals")}</p>
            ) : (
              <ul className={styles.deals}>
                {d.deals.map((x, i) => (
                  <li key={`${x.stallSlug}-${i}`}>
                    <Link to={paths.stall(x.stallSlug)} className={styles.link}>
                      {x.stallName}
                    </Link>
                    <span>
                      {t("events.results.deal", {
                        quantity: count(x.quantity),
                        price: formatVnd(x.unitPrice),
                        value: formatVnd(x.value),
                      })}
                    </span>
                    <span className="muted">
                      {t("events.results.orders", {
                        made: count(x.orders.made),
                        delivered: count(x.orders.delivered),
                        paid: count(x.orders.paid),
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
