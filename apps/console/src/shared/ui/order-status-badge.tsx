import type { PaymentMethod, PaymentStatus, StallOrderStatus } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Badge, type BadgeTone } from "./badge";

const ORDER_TONE: Record<StallOrderStatus, BadgeTone> = {
  awaiting_payment: "amber",
  placed: "blue",
  confirmed: "blue",
  shipped: "blue",
  delivered: "green",
  completed: "green",
  cancelled: "grey",
};

/** An order's (or stall order's) status, in words the seller and the admin share. */
export function OrderStatusBadge({ status }: { status: StallOrderStatus }) {
  const { t } = useTranslation();
  return <Badge tone={ORDER_TONE[status]}>{t(`orderStatus.${status}`)}</Badge>;
}

const PAYMENT_TONE: Record<PaymentStatus, BadgeTone> = {
  unpaid: "neutral",
  pending: "amber",
  paid: "green",
  failed: "red",
  refunded: "grey",
  partially_refunded: "grey",
};

/** The payment's state, e.g. "Cash on delivery · not paid yet". */
export function PaymentBadge({ method, status }: { method: PaymentMethod; status: PaymentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={PAYMENT_TONE[status]}>
      {t(`paymentMethod.${method}`)} · {t(`paymentStatus.${status}`)}
    </Badge>
  );
}
