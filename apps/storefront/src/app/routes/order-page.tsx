import { ApiError } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { useOrder } from "@/features/orders/api/get-order";
import { OrderDetail } from "@/features/orders/components/order-detail";
import { ReviewForm } from "@/features/reviews/components/review-form";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { PageMeta } from "@/shared/ui/page-meta";
import { Skeleton } from "@/shared/ui/skeleton";
import { ErrorState } from "@/shared/ui/state-message";
import { NotFoundPage } from "./not-found-page";
import { RequireAuth } from "./require-auth";

/** Parcels that have arrived can be reviewed. */
const REVIEWABLE = new Set(["delivered", "completed"]);

/** /don-hang/:code — one order, each stall's parcel with its timeline and tracking; review what arrived. */
export function OrderPage() {
  const { t } = useTranslation();
  const { code = "" } = useParams();
  return (
    <div className="container page" style={{ maxWidth: "48rem" }}>
      <PageMeta title={t("order.title", { code })} />
      <p>
        <Link to={paths.orders()} style={{ display: "inline-flex", alignItems: "center", gap: "0.2rem", minHeight: 44 }}>
          <Icon name="chevronLeft" size={18} />
          {t("nav.orders")}
        </Link>
      </p>
      <RequireAuth>{() => <Order code={code} />}</RequireAuth>
    </div>
  );
}

function Order({ code }: { code: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const order = useOrder(code);
  if (order.isPending) return <Skeleton height="24rem" />;
  if (order.isError)
    return order.error instanceof ApiError && order.error.status === 404 ? (
      <NotFoundPage />
    ) : (
      <ErrorState onRetry={() => void order.refetch()} />
    );
  return (
    <>
      {params.get("placed") && (
        <p className="alert alert-success" role="status" style={{ marginBottom: "1rem" }}>
          <Icon name="check" size={20} />
          <span>{t("order.placed", { code: order.data.code })}</span>
        </p>
      )}
      <OrderDetail
        order={order.data}
        renderItemExtra={(item, part) =>
          REVIEWABLE.has(part.status) ? (
            <ReviewForm productId={item.productId} productName={item.name} reviewed={item.reviewed} />
          ) : null
        }
      />
    </>
  );
}
