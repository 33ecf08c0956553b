import type { CheckoutResponse, User, VietQr } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useCreateAddress } from "@/features/addresses/api/create-address";
import { useAddresses } from "@/features/addresses/api/get-addresses";
import { useCart } from "@/features/cart/api/get-cart";
import { VietQrPanel } from "@/features/bank-transfer/components/vietqr-panel";
import { CheckoutFlow } from "@/features/checkout/components/checkout-flow";
import { useVoucherPreview } from "@/features/vouchers/api/vouchers";
import { VoucherPicker } from "@/features/vouchers/components/voucher-picker";
import { useChosenVouchers } from "@/features/vouchers/hooks/use-chosen-vouchers";
import { readBuyNow } from "@/shared/lib/buy-now";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { Skeleton } from "@/shared/ui/skeleton";
import { EmptyState, ErrorState } from "@/shared/ui/state-message";
import { useSession } from "@/shared/session/session-store";
import { rememberGuestOrder } from "@/features/lookup/api/lookup-order";
import { GuestIntro } from "@/features/checkout/components/guest-intro";
import styles from "./checkout-page.module.css";

/**
 * /thanh-toan — checkout of the whole cart, or with `?mua-ngay=` of one product alone: signed in (starting from her
 * default saved address), or as a guest with a name and phone.
 */
export function CheckoutPage() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <div className={`container page ${styles.page}`}>
      <PageMeta title={t("checkout.title")} />
      <h1>{t("checkout.title")}</h1>
      {session.status === "loading" ? (
        <Skeleton height="20rem" />
      ) : (
        <Checkout user={session.status === "signed-in" ? session.user : null} />
      )}
    </div>
  );
}

/** `user` null: a guest, whose order opens again with its code and the phone given. */
function Checkout({ user }: { user: User | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [buyNow] = useState(() => readBuyNow(params));
  const [province, setProvince] = useState<string>();
  const cart = useCart(province, buyNow);
  // Once placed, the emptied cart must not flash "your cart is empty" before we leave the page.
  const [placed, setPlaced] = useState(false);
  const [transfer, setTransfer] = useState<{ code: string; qr: VietQr }>();
  const [voucherCodes, setVoucherCodes] = useChosenVouchers();
  const preview = useVoucherPreview(voucherCodes, province, buyNow);
  // A signed-in shopper's saved addresses: the flow starts from the default, so it waits for them (a guest has none).
  const addresses = useAddresses({ enabled: !!user });
  const createAddress = useCreateAddress();

  const onPlaced = ({ order, payment }: CheckoutResponse) => {
    setPlaced(true);
    setVoucherCodes([]);
    if (!user) {
      // A guest has no order pages: the lookup page by code and phone shows the order (and its VietQR code).
      rememberGuestOrder(order.code, order.shippingAddress.phone);
      if (payment.method === "vnpay" && payment.redirectUrl) return window.location.assign(payment.redirectUrl);
      return void navigate(paths.lookup(order.code), { replace: true, state: { placed: true } });
    }
    // Bank transfer: the VietQR code and the details to type, right here.
    if (payment.vietqr) return setTransfer({ code: order.code, qr: payment.vietqr });
    if (payment.method === "cod") return void navigate(paths.order(order.code, { placed: 1 }), { replace: true });
    // VNPay: off to the bank's page when the payments module gives a URL; otherwise wait on the result page.
    if (payment.redirectUrl) return window.location.assign(payment.redirectUrl);
    void navigate(paths.paymentResult(order.code), { replace: true });
  };

  if (transfer) return <VietQrPanel qr={transfer.qr} orderCode={transfer.code} sandboxUrl={transfer.qr.sandboxUrl} />;
  if (placed || (cart.isPending && !cart.data) || (user && addresses.isPending)) return <Skeleton height="20rem" />;
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
  // Only the codes that apply go with the order; the picker says why the others do not.
  const applied = voucherCodes.filter((c) => preview.data?.codes.some((o) => o.code === c && o.status === "applied"));
  return (
    <>
      {!user && <GuestIntro />}
      <CheckoutFlow
        user={user}
        cart={cart.data}
        onProvinceChange={setProvince}
        onPlaced={onPlaced}
        buyNow={buyNow}
        // Unreadable saved addresses (a failed GET) leave her the form, as if she had none.
        saved={user ? { items: addresses.data?.items ?? [], save: createAddress.mutateAsync } : undefined}
        vouchers={{
          codes: applied,
          grandTotal: applied.length ? preview.data?.grandTotal : undefined,
          picker: <VoucherPicker codes={voucherCodes} onChange={setVoucherCodes} province={province} buyNow={buyNow} />,
        }}
      />
    </>
  );
}
