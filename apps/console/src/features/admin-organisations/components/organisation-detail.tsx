import { provinceBySlug, RejectOrganisationRequest, type Organisation } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { errorMessage, issueMessage } from "@/shared/lib/error-message";
import { formText } from "@/shared/lib/form-text";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { TextAreaField } from "@/shared/ui/field";
import { Icon } from "@/shared/ui/icon";
import { showToast } from "@/shared/ui/toast";
import { useRejectOrganisation, useVerifyOrganisation } from "../api/organisations";
import { OrganisationStatusBadge } from "./organisation-status-badge";
import styles from "./organisations.module.css";

/**
 * What an admin checks before a business may post demands — its tax code (mã số thuế), kind, province, address,
 * phone, website and members — then verify, or reject with a reason its members will read; past decisions below.
 */
export function OrganisationDetail({ organisation: o, onDecided }: { organisation: Organisation; onDecided?: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const verify = useVerifyOrganisation();
  const reject = useRejectOrganisation();
  const [verifying, setVerifying] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const conflict = { conflict: t("organisations.conflict") };

  return (
    <article className={`card ${styles.detail}`} aria-labelledby="organisation-name">
      <header className={styles.detailHead}>
        <div>
          <h2 id="organisation-name">{o.name}</h2>
          <p className="muted">{t("organisations.registeredOn", { date: dateTime(o.createdAt) })}</p>
        </div>
        <OrganisationStatusBadge status={o.status} />
      </header>
      <dl className={styles.facts}>
        <dt>{t("organisations.taxCode")}</dt>
        <dd>{o.taxCode}</dd>
        <dt>{t("organisations.kindLabel")}</dt>
        <dd>{t(`organisations.kind.${o.kind}`)}</dd>
        <dt>{t("organisations.province")}</dt>
        <dd>{provinceBySlug(o.province)?.name ?? o.province}</dd>
        <dt>{t("organisations.address")}</dt>
        <dd>{o.address}</dd>
        <dt>{t("organisations.phone")}</dt>
        <dd>
          <a href={`tel:${o.phone}`}>{o.phone}</a>
        </dd>
        <dt>{t("organisations.website")}</dt>
        <dd>
          {o.website ? (
            <a href={o.website} target="_blank" rel="noreferrer noopener">
              {o.website}
            </a>
          ) : (
            t("organisations.notGiven")
          )}
        </dd>
        <dt>{t("organisations.members")}</dt>
        <dd>{t("organisations.memberCount", { count: o.memberIds.length })}</dd>
        {o.reason && (
          <>
            <dt>{t("organisations.reason")}</dt>
            <dd>{o.reason}</dd>
          </>
        )}
      </dl>

      {o.decisions.length > 0 && (
        <section>
          <h3>{t("organisations.history")}</h3>
          <ul className={styles.history}>
            {o.decisions.map((d) => (
              <li key={`${d.createdAt}-${d.action}`}>
                <strong>{t(d.action === "verify" ? "organisations.action.verify" : "organisations.action.reject")}</strong> ·{" "}
                {dateTime(d.createdAt)}
                {d.reason && <span className="muted"> — {d.reason}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {o.status === "pending" && (
        <div className={styles.decide}>
          <button type="button" className="btn btn-primary btn-lg" onClick={() => setVerifying(true)}>
            <Icon name="check" size={20} />
            {t("organisations.verify")}
          </button>
          <button type="button" className="btn btn-danger btn-lg" onClick={() => setRejecting(true)}>
            {t("organisations.reject")}
          </button>
        </div>
      )}

      <ConfirmDialog
        open={verifying}
        title={t("organisations.verifyTitle", { name: o.name })}
        body={<p>{t("organisations.verifyBody", { taxCode: o.taxCode })}</p>}
        confirmLabel={t("organisations.verify")}
        busy={verify.isPending}
        error={verify.isError ? errorMessage(verify.error, t, conflict) : null}
        onClose={() => {
          setVerifying(false);
          verify.reset();
        }}
        onConfirm={() =>
          verify.mutate(o.id, {
            onSuccess: () => {
              setVerifying(false);
              showToast(t("organisations.verified", { name: o.name }));
              onDecided?.();
            },
          })
        }
      />
      <ConfirmDialog
        open={rejecting}
        title={t("organisations.rejectTitle", { name: o.name })}
        body={<p>{t("organisations.rejectBody")}</p>}
        confirmLabel={t("organisations.reject")}
        tone="danger"
        busy={reject.isPending}
        error={reject.isError ? errorMessage(reject.error, t, conflict) : null}
        onClose={() => {
          setRejecting(false);
          setProblem(null);
          reject.reset();
        }}
        onConfirm={(data) => {
          const parsed = RejectOrganisationRequest.safeParse({ reason: formText(data, "reason") });
          if (!parsed.success) return setProblem(issueMessage(parsed.error.issues[0]!, t));
          setProblem(null);
          reject.mutate(
            { id: o.id, reason: parsed.data.reason },
            {
              onSuccess: () => {
                setRejecting(false);
                showToast(t("organisations.rejected", { name: o.name }));
                onDecided?.();
              },
            },
          );
        }}
      >
        <TextAreaField
          label={t("organisations.reason")}
          hint={t("organisations.reasonHint")}
          name="reason"
          rows={4}
          maxLength={1000}
          error={problem}
        />
      </ConfirmDialog>
    </article>
  );
}
