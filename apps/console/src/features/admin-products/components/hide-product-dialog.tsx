import { HideProductRequest, type AdminProduct } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { apiFieldErrors } from "@/shared/api/field-errors";
import { errorMessage, issueMessage } from "@/shared/lib/error-message";
import { formText } from "@/shared/lib/form-text";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { TextAreaField } from "@/shared/ui/field";

interface Props {
  /** The product to hide; the dialog is open while it is set. */
  product: AdminProduct | null;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onReason: (reason: string) => void;
}

/**
 * Asks for the reason the seller will read before a product leaves the market, checked with the contract's
 * `HideProductRequest` (5–1000 characters); the API's own complaint about the reason shows under the same field.
 */
export function HideProductDialog({ product, busy, error, onClose, onReason }: Props) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const fieldError = apiFieldErrors(error).reason ? t("adminProducts.reasonRejected") : null;
  return (
    <ConfirmDialog
      open={product !== null}
      title={t("adminProducts.hideTitle", { name: product?.name ?? "" })}
      body={<p>{t("adminProducts.hideBody")}</p>}
      confirmLabel={t("adminProducts.hideConfirm")}
      tone="danger"
      busy={busy}
      error={error && !fieldError ? errorMessage(error, t, { conflict: t("adminProducts.conflict") }) : null}
      onClose={() => {
        setProblem(null);
        onClose();
      }}
      onConfirm={(data) => {
        const parsed = HideProductRequest.safeParse({ reason: formText(data, "reason") });
        if (!parsed.success) return setProblem(issueMessage(parsed.error.issues[0]!, t));
        setProblem(null);
        onReason(parsed.data.reason);
      }}
    >
      <TextAreaField
        label={t("adminProducts.reason")}
        hint={t("adminProducts.reasonHint")}
        name="reason"
        rows={4}
        maxLength={1000}
        error={problem ?? fieldError}
      />
    </ConfirmDialog>
  );
}
