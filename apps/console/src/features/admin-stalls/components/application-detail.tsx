import type { Stall } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { Icon } from "@/shared/ui/icon";
import { showToast } from "@/shared/ui/toast";
import { useApproveStall } from "../api/approve-stall";
import { useRejectStall } from "../api/reject-stall";
import { StallStatusBadge } from "@/shared/ui/stall-status-badge";
import { ApproveDialog } from "./approve-dialog";
import { DecisionDialog } from "./decision-dialog";
import styles from "./admin-stalls.module.css";

/**
 * Everything an admin weighs before deciding: the founder (birth year, story), the business (type, registration
 * number), contact, logo and banner — then approve, or reject with a reason the applicant will read.
 */
export function ApplicationDetail({ stall, onDecided }: { stall: Stall; onDecided?: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const approve = useApproveStall();
  const reject = useRejectStall();
  const [rejecting, setRejecting] = useState(false);
  const [approving, setApproving] = useState(false);
  const thisYear = new Date().getFullYear();

  return (
    <article className={`card ${styles.detail}`} aria-labelledby="application-name">
      {stall.banner ? (
        <img className={styles.banner} src={stall.banner.url} alt={t("adminStalls.bannerAlt", { name: stall.name })} />
      ) : (
        <div className={styles.bannerEmpty}>{t("adminStalls.noBanner")}</div>
      )}
      <header className={styles.detailHead}>
        {stall.logo ? (
          <img className={styles.logo} src={stall.logo.url} alt={t("adminStalls.logoAlt", { name: stall.name })} />
        ) : (
          <span className={styles.logoEmpty} title={t("adminStalls.noLogo")}>
            <Icon name="store" size={26} />
          </span>
        )}
        <div>
          <h2 id="application-name">{stall.name}</h2>
          <p className="muted">
            {t("adminStalls.appliedOn", { date: dateTime(stall.createdAt) })} · {stall.owner.fullName}
            {stall.owner.email && ` (${stall.owner.email})`}
          </p>
        </div>
        <StallStatusBadge status={stall.status} />
      </header>

      <dl className={styles.facts}>
        <dt>{t("adminStalls.founderBirthYear")}</dt>
        <dd>
          {stall.founderBirthYear
            ? t("adminStalls.birthYearAge", { year: stall.founderBirthYear, age: thisYear - stall.founderBirthYear })
            : t("adminStalls.notGiven")}
        </dd>
        <dt>{t("adminStalls.businessType")}</dt>
        <dd>{t(`businessType.${stall.businessType}`)}</dd>
        <dt>{t("adminStalls.registrationNo")}</dt>
        <dd>{stall.businessRegistrationNo ?? t("adminStalls.notGiven")}</dd>
        <dt>{t("adminStalls.province")}</dt>
        <dd>{stall.province.name}</dd>
        <dt>{t("adminStalls.address")}</dt>
        <dd>{stall.address}</dd>
        <dt>{t("adminStalls.phone")}</dt>
        <dd>
          <a href={`tel:${stall.phone}`}>{stall.phone}</a>
        </dd>
      </dl>

      <section>
        <h3>{t("adminStalls.story")}</h3>
        <p className={styles.story}>{stall.story}</p>
        {stall.description && (
          <>
            <h3>{t("adminStalls.description")}</h3>
            <p className={styles.story}>{stall.description}</p>
          </>
        )}
      </section>

      {stall.decisions.length > 0 && (
        <section>
          <h3>{t("adminStalls.history")}</h3>
          <ul className={styles.history}>
            {stall.decisions.map((d) => (
              <li key={`${d.at}-${d.action}`}>
                <strong>{t(`stallAction.${d.action}`)}</strong> · {d.admin.fullName} · {dateTime(d.at)}
                {d.reason && <span className="muted"> — {d.reason}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {stall.status === "pending" && (
        <div className={styles.decide}>
          <button
            type="button"
            className="btn btn-primary btn-lg"
            disabled={approve.isPending}
            onClick={() => setApproving(true)}
          >
            <Icon name="check" size={20} />
            {t("adminStalls.actions.approve")}
          </button>
          <button type="button" className="btn btn-danger btn-lg" onClick={() => setRejecting(true)}>
            {t("adminStalls.actions.reject")}
          </button>
        </div>
      )}

      <ApproveDialog
        open={approving}
        stallName={stall.name}
        busy={approve.isPending}
        error={approve.error}
        onClose={() => {
          setApproving(false);
          approve.reset();
        }}
        onApprove={(message) =>
          approve.mutate(
            { id: stall.id, message },
            {
              onSuccess: () => {
                setApproving(false);
                showToast(t("adminStalls.approved", { name: stall.name }));
                onDecided?.();
              },
            },
          )
        }
      />
      <DecisionDialog
        open={rejecting}
        kind="reject"
        stallName={stall.name}
        busy={reject.isPending}
        error={reject.error}
        onClose={() => {
          setRejecting(false);
          reject.reset();
        }}
        onReason={(reason) =>
          reject.mutate(
            { id: stall.id, reason },
            {
              onSuccess: () => {
                setRejecting(false);
                showToast(t("adminStalls.rejected", { name: stall.name }));
                onDecided?.();
              },
            },
          )
        }
      />
    </article>
  );
}
