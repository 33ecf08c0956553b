import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useSellerOrder } from "@/features/orders/api/get-seller-order";
import { OrderDetail } from "@/features/orders/components/order-detail";
import { PageHeader } from "@/shared/ui/page-header";
import { ErrorState, LoadingState } from "@/shared/ui/state-message";

/** /seller/orders/:id — one stall order and its next step. */
export function OrderPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const order = useSellerOrder(id);
  const back = { to: "/seller/orders", label: t("orders.title") };
  if (order.isPending) return <LoadingState rows={8} />;
  if (order.isError) return <ErrorState onRetry={() => void order.refetch()} />;
  return (
    <>
      <PageHeader title={t("orders.orderTitle", { code: order.data.orderCode })} back={back} />
      <OrderDetail order={order.data} />
    </>
  );
}
