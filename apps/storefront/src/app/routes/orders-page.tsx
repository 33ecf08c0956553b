import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { OrderList } from "@/features/orders/components/order-list";
import { PageMeta } from "@/shared/ui/page-meta";
import { RequireAuth } from "./require-auth";

/** /don-hang — my orders. */
export function OrdersPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get("page")) || 1);
  return (
    <div className="container page" style={{ maxWidth: "48rem" }}>
      <PageMeta title={t("nav.orders")} />
      <h1>{t("nav.orders")}</h1>
      <RequireAuth>{() => <OrderList page={page} />}</RequireAuth>
    </div>
  );
}
