import { useTranslation } from "react-i18next";
import { Navigate, useParams } from "react-router";
import { rememberedPhone } from "@/features/lookup/api/lookup-order";
import { PaymentResult } from "@/features/orders/components/payment-result";
import { paths } from "@/shared/lib/paths";
import { useSession } from "@/shared/session/session-store";
import { PageMeta } from "@/shared/ui/page-meta";
import { RequireAuth } from "./require-auth";

/**
 * /don-hang/:code/ket-qua — where VNPay sends the shopper back (any vnp_* query is ignored: the payment's
 * truth comes from the API, which hears it from VNPay's IPN), and where a VNPay order waits for it. A guest who
 * placed the order in this browser goes on to the order's lookup page (her code and phone are remembered there).
 */
export function PaymentResultPage() {
  const { t } = useTranslation();
  const { code = "" } = useParams();
  const session = useSession();
  if (session.status === "anonymous" && rememberedPhone(code)) return <Navigate to={paths.lookup(code)} replace />;
  return (
    <div className="container page">
      <PageMeta title={t("paymentResult.metaTitle")} />
      <RequireAuth>{() => <PaymentResult code={code} />}</RequireAuth>
    </div>
  );
}
