import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormat } from "@/shared/i18n/use-format";
import type { LiveArea, useLiveReport } from "../api/live";

type Report = NonNullable<ReturnType<typeof useLiveReport>["data"]>;

/**
 * An ended session's report: totals, orders per minute and the per-offer table, with its CSV; for an invited stall
 * (`part`) the API answers with that stall's part only, and the screen says so.
 */
export function LiveReport({ area, id, report, part }: { area: LiveArea; id: string; report: Report; part?: boolean }) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  return (
    <section aria-labelledby="live-report">
      <h2 id="live-report">{t("live.report")}</h2>
      {part && <p>{t("live.reportPart")}</p>}
      <ul>
        <li>{t("live.reportOrders", report.orders)}</li>
        <li>{t("live.reportRevenue", { amount: vnd(report.revenue) })}</li>
        <li>{t("live.reportUnits", report.units)}</li>
        <li>{t("live.reportViewers", { peak: report.viewers.peak ?? "—", unique: report.viewers.unique ?? "—" })}</li>
        <li>{t("live.reportComments", { count: report.comments })}</li>
      </ul>
      <figure className="chart">
        <div role="img" aria-label={t("live.chartSummary")} style={{ width: "100%", height: 220 }}>
          <ResponsiveContainer>
            <BarChart data={report.perMinute}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="minute" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="orders" name={t("live.ordersPerMinute")} fill="#9b1c1c" />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t("live.perOffer")}>
        <table className="table table-cards">
          <caption>{t("live.perOffer")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("live.code")}</th>
              <th scope="col">{t("live.product")}</th>
              <th scope="col">{t("live.held")}</th>
              <th scope="col">{t("live.sold")}</th>
              <th scope="col">{t("live.revenue")}</th>
            </tr>
          </thead>
          <tbody>
            {report.perOffer.map((o) => (
              <tr key={o.code}>
                <td data-label={t("live.code")}>{o.code}</td>
                <td data-label={t("live.product")}>{o.name}</td>
                <td data-label={t("live.held")}>{o.held}</td>
                <td data-label={t("live.sold")}>{o.sold}</td>
                <td data-label={t("live.revenue")}>{vnd(o.revenue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a className="btn" href={`/api/${area}/live-sessions/${id}/report.csv`} download>
          {t("live.csv")}
        </a>
      </p>
    </section>
  );
}
