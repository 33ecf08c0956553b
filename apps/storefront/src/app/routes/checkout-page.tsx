import type { CheckoutResponse, User, VietQr } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useCart } from "@/features/cart/api/get-cart";
import { VietQrPanel } from "@/features/bank-transfer/components/vietqr-panel";
import { CheckoutFlow } from "@/features/checkout/components/checkout-flow";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { Skeleton } from "@/shared/ui/skeleton";
import { EmptyState, ErrorState } from "@/shared/ui/state-message";
import { RequireAuth } from "./require-auth";
import styles from "./checkout-page.module.css";

/** /thanh-toan — signed-in checkout of the whole cart. */
export function CheckoutPage() {
  const { t } = useTranslation();
  return (
    <div className={`container page ${styles.page}`}>
      <PageMeta title={t("checkout.title")} />
      <h1>{t("checkout.title")}</h1>
      <RequireAuth>{(user) => <Checkout user={user} />}</RequireAuth>
    </div>
  );
}

function Checkout({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [province, setProvince] = useState<string>();
  const cart = useCart(province);
  // Once placed, the emptied cart must not flash "your cart is empty" before we leave the page.
  const [placed, setPlaced] = useState(false);
  const [transfer, setTransfer] = useState<{ code: string; qr: VietQr }>();

  const onPlaced = ({ order, payment }: CheckoutResponse) => {
    setPlaced(true);
    // Bank transfer: the VietQR code and the details to type, right here.
    if (payment.vietqr) return setTransfer({ code: order.code, qr: payment.vietqr });
    if (payment.method === "cod") return void navigate(paths.order(order.code, { placed: 1 }), { replace: true });
    // VNPay: off to the bank's page when the payments module gives a URL; otherwise wait on the result page.
    if (payment.redirectUrl) return window.location.assign(payment.redirectUrl);
    void navigate(paths.paymentResult(order.code), { replace: true });
  };

  if (transfer) return <VietQrPanel qr={transfer.qr} orderCode={transfer.code} sandboxUrl={transfer.qr.sandboxUrl} />;
  if (placed || (cart.isPending && !cart.data)) return <Skeleton height="20rem" />;
  if (cart.isError) return <ErrorState onRetry={() => void cart.refetch()} />;
  if (!cart.data.groups.length)
    return (
      <EmptyState
        icon="cart"
        title={t("cart.emptyTitle")}
        action={
          <Link className="btn btn-primary" to={paths.search()}>
            {t("cart.startShopping")}
          </Link>
        }
      />
    );
  return <CheckoutFlow user={user} cart={cart.data} onProvinceChange={setProvince} onPlaced={onPlaced} />;
}
