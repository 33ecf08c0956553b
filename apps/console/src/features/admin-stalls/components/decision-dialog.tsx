import { DecisionReason } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage, issueMessage } from "@/shared/lib/error-message";
import { formText } from "@/shared/lib/form-text";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { TextAreaField } from "@/shared/ui/field";

interface Props {
  open: boolean;
  kind: "reject" | "suspend";
  stallName: string;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onReason: (reason: string) => void;
}

/** Asks for the reason the owner will read (contract `DecisionReason`: 5–1000 characters) before rejecting or suspending. */
export function DecisionDialog({ open, kind, stallName, busy, error, onClose, onReason }: Props) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <ConfirmDialog
      open={open}
      title={t(`adminStalls.${kind}Title`, { name: stallName })}
      body={<p>{t(`adminStalls.${kind}Body`)}</p>}
      confirmLabel={t(`adminStalls.actions.${kind}`)}
      tone="danger"
      busy={busy}
      error={error ? errorMessage(error, t, { conflict: t("adminStalls.conflict") }) : null}
      onClose={() => {
        setProblem(null);
        onClose();
      }}
      onConfirm={(data) => {
        const parsed = DecisionReason.safeParse({ reason: formText(data, "reason") });
        if (!parsed.success) return setProblem(issueMessage(parsed.error.issues[0]!, t));
        setProblem(null);
        onReason(parsed.data.reason);
      }}
    >
      <TextAreaField
        label={t("adminStalls.reason")}
        hint={t("adminStalls.reasonHint")}
        name="reason"
        rows={4}
        maxLength={1000}
        error={problem}
      />
    </ConfirmDialog>
  );
}
