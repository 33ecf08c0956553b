import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { PaymentResult } from "@/features/orders/components/payment-result";
import { PageMeta } from "@/shared/ui/page-meta";
import { RequireAuth } from "./require-auth";

/**
 * /don-hang/:code/ket-qua — where VNPay sends the shopper back (any vnp_* query is ignored: the payment's
 * truth comes from the API, which hears it from VNPay's IPN), and where a VNPay order waits for it.
 */
export function PaymentResultPage() {
  const { t } = useTranslation();
  const { code = "" } = useParams();
  return (
    <div className="container page">
      <PageMeta title={t("paymentResult.metaTitle")} />
      <RequireAuth>{() => <PaymentResult code={code} />}</RequireAuth>
    </div>
  );
}
