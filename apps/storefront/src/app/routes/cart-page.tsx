import { useTranslation } from "react-i18next";
import { CartView } from "@/features/cart/components/cart-view";
import { PageMeta } from "@/shared/ui/page-meta";

/** /gio-hang — the cart, guest or signed in (a guest's cart lives in an httpOnly cookie and survives reloads). */
export function CartPage() {
  const { t } = useTranslation();
  return (
    <div className="container page">
      <PageMeta title={t("cart.title")} />
      <h1>{t("cart.title")}</h1>
      <CartView />
    </div>
  );
}
