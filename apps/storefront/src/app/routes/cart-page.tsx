import { useTranslation } from "react-i18next";
import { useCart } from "@/features/cart/api/get-cart";
import { CartView } from "@/features/cart/components/cart-view";
import { VoucherPicker } from "@/features/vouchers/components/voucher-picker";
import { useChosenVouchers } from "@/features/vouchers/hooks/use-chosen-vouchers";
import { PageMeta } from "@/shared/ui/page-meta";

/**
 * /gio-hang — the cart, guest or signed in (a guest's cart lives in an httpOnly cookie and survives reloads), with
 * "Chọn mã giảm giá": the codes chosen here go on to checkout.
 */
export function CartPage() {
  const { t } = useTranslation();
  const cart = useCart();
  const [codes, setCodes] = useChosenVouchers();
  return (
    <div className="container page">
      <PageMeta title={t("cart.title")} />
      <h1>{t("cart.title")}</h1>
      <CartView />
      {(cart.data?.groups.length ?? 0) > 0 && <VoucherPicker codes={codes} onChange={setCodes} />}
    </div>
  );
}
