import { CancelRequest, ShipRequest } from "@chophien/contracts";
import { CarrierField, carrierFrom } from "./carrier-field";
import { ShipBatches, shipBatchesFrom } from "./ship-batches";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { issuesToFieldErrors, type FieldErrors } from "@/shared/api/field-errors";
import { errorMessage, issueMessage } from "@/shared/lib/error-message";
import { formText } from "@/shared/lib/form-text";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { TextAreaField, TextField } from "@/shared/ui/field";
import { Icon } from "@/shared/ui/icon";
import { showToast } from "@/shared/ui/toast";
import { useCancelOrder } from "../api/cancel-order";
import { useConfirmOrder } from "../api/confirm-order";
import { useDeliverOrder } from "../api/deliver-order";
import { useShipOrder } from "../api/ship-order";
import { SELLER_STEPS, type SellerStallOrder, type SellerStep } from "../api/types";
import styles from "./orders.module.css";

/**
 * The steps the API says this order allows now (`actions`), and nothing else: confirm at once, ship with the
 * carrier and tracking number, deliver after a check, cancel with a reason the buyer will read.
 */
export function OrderActions({ order }: { order: SellerStallOrder }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<SellerStep | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const confirm = useConfirmOrder();
  const ship = useShipOrder();
  const deliver = useDeliverOrder();
  const cancel = useCancelOrder();
  const allowed = SELLER_STEPS.filter((s) => order.actions.includes(s));
  const conflict = { conflict: t("orders.stepConflict") };
  const done = (message: string) => () => {
    setOpen(null);
    showToast(message);
  };
  const close = () => {
    setOpen(null);
    setFieldErrors({});
    ship.reset();
    deliver.reset();
    cancel.reset();
  };

  if (!allowed.length) return null;
  return (
    <div className={styles.actions}>
      {allowed.includes("confirm") && (
        <button
          type="button"
          className="btn btn-primary btn-lg"
          disabled={confirm.isPending}
          onClick={() => confirm.mutate(order.id, { onSuccess: () => showToast(t("orders.confirmed")) })}
        >
          <Icon name="check" size={20} />
          {confirm.isPending ? t("common.working") : t("orders.actions.confirm")}
        </button>
      )}
      {allowed.includes("ship") && (
        <button type="button" className="btn btn-primary btn-lg" onClick={() => setOpen("ship")}>
          <Icon name="truck" size={20} />
          {t("orders.actions.ship")}
        </button>
      )}
      {allowed.includes("deliver") && (
        <button type="button" className="btn btn-primary btn-lg" onClick={() => setOpen("deliver")}>
          <Icon name="check" size={20} />
          {t("orders.actions.deliver")}
        </button>
      )}
      {allowed.includes("cancel") && (
        <button type="button" className="btn btn-danger" onClick={() => setOpen("cancel")}>
          {t("orders.actions.cancel")}
        </button>
      )}
      {confirm.isError && (
        <p className="form-error" role="alert">
          {errorMessage(confirm.error, t, conflict)}
        </p>
      )}

      <ConfirmDialog
        open={open === "ship"}
        title={t("orders.shipTitle", { code: order.orderCode })}
        body={<p>{t("orders.shipBody")}</p>}
        confirmLabel={t("orders.actions.ship")}
        busy={ship.isPending}
        error={ship.isError ? errorMessage(ship.error, t, conflict) : null}
        onClose={close}
        onConfirm={(data) => {
          const parsed = ShipRequest.safeParse({
            carrier: carrierFrom(data),
            trackingNumber: formText(data, "trackingNumber"),
            items: shipBatchesFrom(data, order.items),
          });
          if (!parsed.success) return setFieldErrors(issuesToFieldErrors(parsed.error.issues, (i) => issueMessage(i, t)));
          setFieldErrors({});
          ship.mutate({ id: order.id, ...parsed.data }, { onSuccess: done(t("orders.shipped")) });
        }}
      >
        <CarrierField error={fieldErrors.carrier} />
        <TextField
          label={t("orders.trackingNumber")}
          name="trackingNumber"
          error={fieldErrors.trackingNumber}
          maxLength={60}
          autoComplete="off"
        />
        <ShipBatches items={order.items} />
      </ConfirmDialog>

      <ConfirmDialog
        open={open === "deliver"}
        title={t("orders.deliverTitle", { code: order.orderCode })}
        body={<p>{order.payment.method === "cod" ? t("orders.deliverBodyCod") : t("orders.deliverBody")}</p>}
        confirmLabel={t("orders.actions.deliver")}
        busy={deliver.isPending}
        error={deliver.isError ? errorMessage(deliver.error, t, conflict) : null}
        onClose={close}
        onConfirm={() => deliver.mutate(order.id, { onSuccess: done(t("orders.delivered")) })}
      />

      <ConfirmDialog
        open={open === "cancel"}
        title={t("orders.cancelTitle", { code: order.orderCode })}
        body={<p>{order.payment.status === "paid" ? t("orders.cancelBodyPaid") : t("orders.cancelBody")}</p>}
        confirmLabel={t("orders.actions.cancel")}
        tone="danger"
        busy={cancel.isPending}
        error={cancel.isError ? errorMessage(cancel.error, t, conflict) : null}
        onClose={close}
        onConfirm={(data) => {
          const parsed = CancelRequest.safeParse({ reason: formText(data, "reason") });
          if (!parsed.success) return setFieldErrors(issuesToFieldErrors(parsed.error.issues, (i) => issueMessage(i, t)));
          setFieldErrors({});
          cancel.mutate({ id: order.id, reason: parsed.data.reason }, { onSuccess: done(t("orders.cancelled")) });
        }}
      >
        <TextAreaField
          label={t("orders.cancelReason")}
          hint={t("orders.cancelReasonHint")}
          name="reason"
          error={fieldErrors.reason}
          maxLength={500}
          rows={3}
        />
      </ConfirmDialog>
    </div>
  );
}
