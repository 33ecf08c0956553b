import { useTranslation } from "react-i18next";
import { usePlatformSummary } from "@/features/admin-insights/api/get-platform-summary";
import { PlatformChart } from "@/features/admin-insights/components/platform-chart";
import { useFormat } from "@/shared/i18n/use-format";
import { PageHeader } from "@/shared/ui/page-header";
import { StatCard } from "@/shared/ui/stat-card";
import { ErrorState, LoadingState } from "@/shared/ui/state-message";

/** The platform at a glance: GMV, orders and new stalls over 30 days, the queues waiting for an admin, hidden products. */
export function AdminDashboardPage() {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const summary = usePlatformSummary(30);
  const s = summary.data;
  return (
    <>
      <PageHeader title={t("adminDashboard.title")} description={t("adminDashboard.subtitle")} />
      <h2 className="stat-heading">{t("adminDashboard.waiting")}</h2>
      <div className="stat-grid">
        <StatCard
          label={t("adminDashboard.pendingApplications")}
          value={s ? s.pendingApplications : "…"}
          to="/admin/applications"
          tone={s?.pendingApplications ? "alert" : undefined}
        />
        <StatCard
          label={t("adminDashboard.failedRefunds")}
          value={s ? s.failedRefunds : "…"}
          to="/admin/refunds"
          tone={s?.failedRefunds ? "alert" : undefined}
        />
        <StatCard
          label={t("adminDashboard.hiddenProducts")}
          value={s ? s.hiddenProducts : "…"}
          hint={t("adminDashboard.hiddenProductsHint")}
          to="/admin/products?hidden=true"
        />
        <StatCard
          label={t("adminDashboard.reviewRequests")}
          value={s ? s.reviewRequests : "…"}
          hint={t("adminDashboard.reviewRequestsHint")}
          to="/admin/products?hidden=review"
          tone={s?.reviewRequests ? "alert" : undefined}
        />
      </div>
      <h2 className="stat-heading">{t("adminDashboard.last30")}</h2>
      <div className="stat-grid">
        <StatCard label={t("adminDashboard.gmv30")} value={s ? vnd(s.gmv) : "…"} hint={t("adminDashboard.gmvHint")} />
        <StatCard label={t("adminDashboard.orders30")} value={s ? s.orderCount : "…"} to="/admin/orders" />
        <StatCard label={t("adminDashboard.newStalls30")} value={s ? s.newStalls : "…"} to="/admin/stalls" />
      </div>
      <section className="card pad section" aria-labelledby="platform-chart">
        <h2 id="platform-chart">{t("adminDashboard.chartTitle")}</h2>
        {summary.isPending ? (
          <LoadingState rows={4} />
        ) : summary.isError ? (
          <ErrorState onRetry={() => void summary.refetch()} />
        ) : (
          <PlatformChart summary={summary.data} />
        )}
      </section>
    </>
  );
}
