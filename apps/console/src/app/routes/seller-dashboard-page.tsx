import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSellerSalesSummary } from "@/features/insights/api/get-seller-sales-summary";
import { SalesChart } from "@/features/insights/components/sales-chart";
import { TopProducts } from "@/features/insights/components/top-products";
import { useLedger } from "@/features/money/api/get-ledger";
import { useLowStockProducts } from "@/features/products/api/get-low-stock-products";
import { LowStockList } from "@/features/products/components/low-stock-list";
import { useFormat } from "@/shared/i18n/use-format";
import { Icon } from "@/shared/ui/icon";
import { PageHeader } from "@/shared/ui/page-header";
import { StatCard } from "@/shared/ui/stat-card";
import { ErrorState, LoadingState } from "@/shared/ui/state-message";

/** The seller's morning look: orders waiting, money, the last 30 days' sales, best sellers and what is running out. */
export function SellerDashboardPage() {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const summary = useSellerSalesSummary(30);
  const ledger = useLedger();
  const lowStock = useLowStockProducts();
  const waiting = summary.data?.counts.placed ?? 0;

  return (
    <>
      <PageHeader
        title={t("dashboard.title")}
        description={t("dashboard.subtitle")}
        actions={
          <Link className="btn btn-primary" to="/seller/products/new">
            <Icon name="plus" size={18} />
            {t("products.add")}
          </Link>
        }
      />
      <div className="stat-grid">
        <StatCard
          label={t("dashboard.toConfirm")}
          value={summary.data ? waiting : "…"}
          hint={t("dashboard.toConfirmHint")}
          to="/seller/orders?status=placed"
          tone={waiting ? "alert" : undefined}
        />
        <StatCard
          label={t("dashboard.revenue30")}
          value={summary.data ? vnd(summary.data.revenue) : "…"}
          hint={t("dashboard.revenueHint")}
        />
        <StatCard label={t("dashboard.orders30")} value={summary.data ? summary.data.orders : "…"} />
        <StatCard label={t("money.available")} value={ledger.data ? vnd(ledger.data.balance.payable) : "…"} to="/seller/money" />
      </div>

      <section className="card pad section" aria-labelledby="sales-title">
        <h2 id="sales-title">{t("dashboard.salesTitle")}</h2>
        {summary.isPending ? (
          <LoadingState rows={4} />
        ) : summary.isError ? (
          <ErrorState onRetry={() => void summary.refetch()} />
        ) : (
          <SalesChart summary={summary.data} />
        )}
      </section>

      <div className="two-col section">
        <section className="card pad" aria-labelledby="top-title">
          <h2 id="top-title">{t("dashboard.topProducts")}</h2>
          {summary.data ? <TopProducts products={summary.data.topProducts} /> : <LoadingState rows={3} />}
        </section>
        <section className="card pad" aria-labelledby="low-title">
          <h2 id="low-title">{t("dashboard.lowStock")}</h2>
          {lowStock.isPending ? (
            <LoadingState rows={3} />
          ) : lowStock.isError ? (
            <ErrorState onRetry={() => void lowStock.refetch()} />
          ) : (
            <LowStockList products={lowStock.data} />
          )}
        </section>
      </div>
    </>
  );
}
