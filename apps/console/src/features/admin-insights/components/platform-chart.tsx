import type { PlatformSummary } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { DailyChart } from "@/shared/ui/daily-chart";

/** GMV (bars) with orders and new stall applications (lines) per day. */
export function PlatformChart({ summary }: { summary: PlatformSummary }) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const data = summary.orders.map((d, i) => ({
    day: d.day,
    gmv: d.amount,
    orders: d.count,
    stalls: summary.stalls[i]?.count ?? 0,
  }));
  return (
    <DailyChart
      data={data}
      money={{ key: "gmv", label: t("adminDashboard.gmv"), color: "#1f6f43" }}
      counts={[
        { key: "orders", label: t("adminDashboard.orders"), color: "#c2410c" },
        { key: "stalls", label: t("adminDashboard.newStalls"), color: "#2563eb" },
      ]}
      summary={t("adminDashboard.chartSummary", {
        days: data.length,
        gmv: vnd(summary.gmv),
        orders: summary.orderCount,
        stalls: summary.newStalls,
      })}
    />
  );
}
