import { useTranslation } from "react-i18next";
import { useOwnerAudit, useOwnerGrants } from "@/features/helpers/api/owner-grants";
import { AuditList } from "@/features/helpers/components/audit-list";
import { OwnerGrants } from "@/features/helpers/components/owner-grants";
import { LoadingState } from "@/shared/ui/state-message";
import { PageHeader } from "@/shared/ui/page-header";

/** /console/stall/helpers — the owner's helpers (consent, revoke) and everything they did. */
export function StallHelpersPage() {
  const { t } = useTranslation();
  const grants = useOwnerGrants();
  const audit = useOwnerAudit();
  return (
    <div className="stack">
      <PageHeader title={t("helpers.owner.title")} description={t("helpers.owner.description")} />
      <section aria-labelledby="owner-grants">
        <h2 id="owner-grants">{t("helpers.owner.listTitle")}</h2>
        {grants.data ? <OwnerGrants grants={grants.data} /> : <LoadingState rows={2} />}
      </section>
      <section aria-labelledby="owner-audit">
        <h2 id="owner-audit">{t("helpers.audit.title")}</h2>
        {audit.data ? (
          <div className="table-scroll" tabIndex={0}>
            <AuditList rows={audit.data.items} />
          </div>
        ) : (
          <LoadingState rows={3} />
        )}
      </section>
    </div>
  );
}
