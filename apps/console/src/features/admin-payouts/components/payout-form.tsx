import { CreatePayoutRequest } from "@chophien/contracts";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { apiFieldErrors, issuesToFieldErrors, type FieldErrors } from "@/shared/api/field-errors";
import { useFormat } from "@/shared/i18n/use-format";
import { errorMessage, issueMessage } from "@/shared/lib/error-message";
import { formInt, formText } from "@/shared/lib/form-text";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { TextField } from "@/shared/ui/field";
import { showToast } from "@/shared/ui/toast";
import { useCreatePayout } from "../api/create-payout";
import { useStallBalance } from "../api/get-stall-balance";

interface Props {
  /** The stall being paid (chosen with the picker in `stallField`). */
  stall: { id: string; name: string } | null;
  stallField: ReactNode;
  onDone?: () => void;
}

/**
 * Records a bank transfer already made to a stall, after a confirmation that repeats the amount and the stall
 * (money cannot be taken back with a click). The API refuses more than the stall's payable balance (422) and a
 * reference already recorded (409).
 */
export function PayoutForm({ stall, stallField, onDone }: Props) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const create = useCreatePayout();
  const balance = useStallBalance(stall?.id);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState<CreatePayoutRequest | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const parsed = CreatePayoutRequest.safeParse({
      stallId: stall?.id,
      amount: formInt(data, "amount"),
      reference: formText(data, "reference"),
    });
    if (!parsed.success) return setErrors(issuesToFieldErrors(parsed.error.issues, (i) => issueMessage(i, t)));
    setErrors({});
    setPending(parsed.data);
  };

  return (
    <form ref={formRef} className="card stack pad" onSubmit={submit} noValidate aria-labelledby="payout-title">
      <h2 id="payout-title">{t("payouts.new")}</h2>
      {stallField}
      {errors.stallId && (
        <p className="field-error" role="alert">
          {t("payouts.chooseStall")}
        </p>
      )}
      {stall && (
        <p className="muted" role="status">
          {balance.data
            ? t("payouts.balance", {
                payable: vnd(balance.data.payable),
                available: vnd(balance.data.available),
                pending: vnd(balance.data.pendingSales),
              })
            : balance.isError
              ? t("payouts.balanceUnknown")
              : t("common.loading")}
        </p>
      )}
      <div className="form-grid">
        <TextField
          label={t("payouts.amount")}
          name="amount"
          inputMode="numeric"
          hint={t("payouts.amountHint")}
          error={errors.amount}
        />
        <TextField label={t("payouts.reference")} name="reference" hint={t("payouts.referenceHint")} error={errors.reference} />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">
          {t("payouts.record")}
        </button>
      </div>

      <ConfirmDialog
        open={pending !== null}
        title={t("payouts.confirmTitle")}
        body={
          <p>
            {pending &&
              t("payouts.confirmBody", { amount: vnd(pending.amount), stall: stall?.name ?? "", reference: pending.reference })}
          </p>
        }
        confirmLabel={t("payouts.record")}
        busy={create.isPending}
        error={
          create.isError
            ? errorMessage(create.error, t, {
                unprocessable: t("payouts.overBalance"),
                conflict: t("payouts.duplicateReference"),
              })
            : null
        }
        onClose={() => {
          setPending(null);
          create.reset();
        }}
        onConfirm={() =>
          pending &&
          create.mutate(pending, {
            onSuccess: (p) => {
              setPending(null);
              formRef.current?.reset();
              showToast(t("payouts.recorded", { amount: vnd(p.amount), stall: p.stall.name }));
              onDone?.();
            },
            onError: (err) => setErrors(apiFieldErrors(err)),
          })
        }
      />
    </form>
  );
}
