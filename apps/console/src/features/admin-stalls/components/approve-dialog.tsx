import { ApproveStallRequest } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage, issueMessage } from "@/shared/lib/error-message";
import { formText } from "@/shared/lib/form-text";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { TextAreaField } from "@/shared/ui/field";

interface Props {
  open: boolean;
  stallName: string;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onApprove: (message: string | undefined) => void;
}

/** Approving is asked once more, with an optional word to the applicant (it goes into the approval mail). */
export function ApproveDialog({ open, stallName, busy, error, onClose, onApprove }: Props) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <ConfirmDialog
      open={open}
      title={t("adminStalls.approveTitle", { name: stallName })}
      body={<p>{t("adminStalls.approveBody")}</p>}
      confirmLabel={t("adminStalls.actions.approve")}
      busy={busy}
      error={error ? errorMessage(error, t, { conflict: t("adminStalls.conflict") }) : null}
      onClose={() => {
        setProblem(null);
        onClose();
      }}
      onConfirm={(data) => {
        const message = formText(data, "message").trim();
        const parsed = ApproveStallRequest.safeParse(message ? { message } : {});
        if (!parsed.success) return setProblem(issueMessage(parsed.error.issues[0]!, t));
        setProblem(null);
        onApprove(parsed.data.message);
      }}
    >
      <TextAreaField
        label={t("adminStalls.approveMessage")}
        hint={t("adminStalls.approveMessageHint")}
        name="message"
        rows={3}
        maxLength={1000}
        error={problem}
      />
    </ConfirmDialog>
  );
}
