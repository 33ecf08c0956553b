import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "@/features/auth/api/get-me";
import { useMyStall } from "@/features/stall/api/get-my-stall";
import { StallApplicationForm } from "@/features/stall/components/stall-application-form";
import { StallContactCard } from "@/features/stall/components/stall-contact-card";
import { StallStatusCard } from "@/features/stall/components/stall-status";
import { showToast } from "@/shared/ui/toast";
import { PageHeader } from "@/shared/ui/page-header";
import { ErrorState, LoadingState } from "@/shared/ui/state-message";

/**
 * The user's stall: "open your stall" and the guided application when there is none; otherwise where it stands
 * (pending, approved, rejected with the reason, suspended) and a way to edit — which re-applies a rejected one.
 */
export function StallPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { user } = useMe();
  const stall = useMyStall();
  const [editing, setEditing] = useState(false);
  const status = stall.data?.status;

  // Approval makes the owner a seller; fetch the user again so the seller area opens without signing in again.
  useEffect(() => {
    if (status === "approved" && user?.role === "shopper") void qc.invalidateQueries({ queryKey: ["me"] });
  }, [status, user?.role, qc]);

  if (stall.isPending) return <LoadingState rows={6} />;
  if (stall.isError) return <ErrorState onRetry={() => void stall.refetch()} />;

  if (!stall.data)
    return (
      <div className="page-narrow">
        <PageHeader title={t("stall.openTitle")} description={t("stall.openBody")} />
        <ul className="benefits">
          <li>{t("stall.benefit1")}</li>
          <li>{t("stall.benefit2")}</li>
          <li>{t("stall.benefit3")}</li>
        </ul>
        <StallApplicationForm onDone={() => showToast(t("stall.sent"))} />
      </div>
    );

  if (editing)
    return (
      <div className="page-narrow">
        <PageHeader title={stall.data.status === "approved" ? t("stall.editProfile") : t("stall.editApplication")} />
        <StallApplicationForm
          stall={stall.data}
          onCancel={() => setEditing(false)}
          onDone={(saved) => {
            setEditing(false);
            showToast(saved.status === "pending" && stall.data?.status === "rejected" ? t("stall.resent") : t("common.saved"));
          }}
        />
      </div>
    );

  return (
    <div className="page-narrow">
      <PageHeader title={t("stall.yourStall")} />
      <StallStatusCard stall={stall.data} onEdit={() => setEditing(true)} />
      {stall.data.status === "approved" && <StallContactCard stall={stall.data} />}
    </div>
  );
}
