import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/shared/lib/error-message";
import { useAdminCertificates, useDecideCertificate } from "../api/ocop-certificates";
import { CertificateStatus, dayMonthYear } from "./certificate-status";

/** The admin's OCOP desk: submitted certificates oldest first (document beside the facts), or those expiring soon. */
export function AdminCertificates() {
  const { t } = useTranslation();
  const [view, setView] = useState<"submitted" | "expiring">("submitted");
  const list = useAdminCertificates(view === "submitted" ? { status: "submitted" } : { expiringWithinDays: 90 });
  const decide = useDecideCertificate();
  const [reason, setReason] = useState("");
  return (
    <div className="stack">
      <div role="tablist" className="row">
        {(["submitted", "expiring"] as const).map((v) => (
          <button key={v} role="tab" aria-selected={view === v} className="btn btn-secondary" onClick={() => setView(v)}>
            {t(`ocopCertificates.queue.${v}`)}
          </button>
        ))}
      </div>
      <label className="field">
        <span className="field-label">{t("ocopCertificates.reason")}</span>
        <input className="input" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      {decide.isError && <p role="alert">{errorMessage(decide.error, t)}</p>}
      {list.data?.items.length === 0 && <p>{t("ocopCertificates.queueEmpty")}</p>}
      {list.data?.items.map((c) => (
        <article key={c.id} className="card stack" aria-label={`${c.stars}★ ${c.decisionNo}`}>
          <h3>
            {c.stars}★ · {c.issuingAuthority} · {c.decisionNo} · {dayMonthYear(c.decisionDate)}
          </h3>
          <CertificateStatus certificate={c} />
          {c.documentUrl ? (
            <a href={`/api/admin/ocop-certificates/${c.id}/document`} download>
              {t("ocopCertificates.document")}
            </a>
          ) : (
            <p>{t("ocopCertificates.noDocument")}</p>
          )}
          <div className="row">
            {c.status === "submitted" && (
              <>
                <button className="btn btn-primary" onClick={() => decide.mutate({ id: c.id, move: "verify", body: {} })}>
                  {t("ocopCertificates.verify")}
                </button>
                <button
                  className="btn btn-secondary"
                  onClick={() => decide.mutate({ id: c.id, move: "reject", body: { reason } })}
                >
                  {t("ocopCertificates.reject")}
                </button>
              </>
            )}
            {c.status === "verified" && (
              <button className="btn btn-secondary" onClick={() => decide.mutate({ id: c.id, move: "revoke", body: { reason } })}>
                {t("ocopCertificates.revoke")}
              </button>
            )}
          </div>
        </article>
      ))}
    </div>
  );
}
