import { useTranslation } from "react-i18next";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormat } from "../i18n/use-format";

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

interface Props {
  /** One row per GMT+7 day: `{day: "2026-11-28", revenue: 120000, orders: 3}`. */
  data: ({ day: string } & Record<string, number | string>)[];
  /** Money per day, drawn as bars on the left axis (đồng). */
  money: ChartSeries;
  /** Counts per day, drawn as lines on the right axis. */
  counts: ChartSeries[];
  /** What the chart shows, for screen readers (the table below has the numbers). */
  summary: string;
  height?: number;
}

/** Short đồng for an axis: 1,2 tr / 350 N (vi) — 1.2M / 350K (en). */
function compactVnd(n: number, lang: "vi" | "en") {
  if (n >= 1_000_000)
    return `${(n / 1_000_000).toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 })}${lang === "vi" ? " tr" : "M"}`;
  if (n >= 1_000) return `${Math.round(n / 1_000)}${lang === "vi" ? " N" : "K"}`;
  return String(n);
}

/**
 * Money as bars and counts as lines over days, with the same numbers in a table for anyone who cannot read the
 * picture (and for copying into a spreadsheet).
 */
export function DailyChart({ data, money, counts, summary, height = 280 }: Props) {
  const { t } = useTranslation();
  const { lang, vnd, shortDay } = useFormat();
  return (
    <figure className="chart">
      <div role="img" aria-label={summary} style={{ width: "100%", height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 4, bottom: 0, left: 4 }}>
            <CartesianGrid stroke="#e7e9e4" vertical={false} />
            <XAxis dataKey="day" tickFormatter={shortDay} tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} />
            <YAxis yAxisId="money" tickFormatter={(v: number) => compactVnd(v, lang)} tick={{ fontSize: 12 }} width={52} />
            <YAxis yAxisId="count" orientation="right" allowDecimals={false} tick={{ fontSize: 12 }} width={32} />
            <Tooltip
              labelFormatter={(d) => (typeof d === "string" ? shortDay(d) : "")}
              formatter={(value, name) => [name === money.label ? vnd(Number(value)) : String(value), name]}
            />
            <Legend wrapperStyle={{ fontSize: 13 }} />
            <Bar
              yAxisId="money"
              dataKey={money.key}
              name={money.label}
              fill={money.color}
              radius={[4, 4, 0, 0]}
              maxBarSize={28}
              // Drawn at once: no half-drawn chart on a slow phone, nothing moving for people who dislike motion.
              isAnimationActive={false}
            />
            {counts.map((c) => (
              <Line
                key={c.key}
                yAxisId="count"
                type="linear"
                dataKey={c.key}
                name={c.label}
                stroke={c.color}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <details className="chart-table">
        <summary>{t("charts.showTable")}</summary>
        <div className="table-scroll" tabIndex={0}>
          <table className="table table-dense">
            <thead>
              <tr>
                <th scope="col">{t("charts.day")}</th>
                <th scope="col">{money.label}</th>
                {counts.map((c) => (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((row) => (
                <tr key={row.day}>
                  <td>{shortDay(row.day)}</td>
                  <td className="num">{vnd(Number(row[money.key] ?? 0))}</td>
                  {counts.map((c) => (
                    <td key={c.key} className="num">
                      {row[c.key]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
