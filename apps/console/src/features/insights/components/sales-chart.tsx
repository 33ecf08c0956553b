import type { SellerSummary } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { DailyChart } from "@/shared/ui/daily-chart";

/** Revenue (bars) and orders (line) per day over the period. */
export function SalesChart({ summary }: { summary: SellerSummary }) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const data = summary.days.map((d) => ({ day: d.day, revenue: d.amount, orders: d.count }));
  return (
    <DailyChart
      data={data}
      money={{ key: "revenue", label: t("dashboard.revenue"), color: "#1f6f43" }}
      counts={[{ key: "orders", label: t("dashboard.orders"), color: "#c2410c" }]}
      summary={t("dashboard.chartSummary", { days: summary.days.length, revenue: vnd(summary.revenue), orders: summary.orders })}
    />
  );
}
