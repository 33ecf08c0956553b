import type { Stall } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "@/shared/i18n/use-format";
import { Icon } from "@/shared/ui/icon";
import { StallStatusBadge } from "@/shared/ui/stall-status-badge";
import styles from "./stall-status.module.css";

/**
 * Where an application stands: waiting, approved (on to selling), or rejected / suspended with the admin's words
 * and a way to fix it. The decisions below are the history, newest first.
 */
export function StallStatusCard({ stall, onEdit }: { stall: Stall; onEdit: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const decisions = [...stall.decisions].reverse();
  return (
    <section className={`card ${styles.card}`} aria-labelledby="stall-status-title">
      {stall.banner && <img className={styles.banner} src={stall.banner.url} alt="" />}
      <div className={styles.head}>
        {stall.logo ? (
          <img className={styles.logo} src={stall.logo.url} alt="" />
        ) : (
          <span className={styles.logoEmpty}>
            <Icon name="store" size={28} />
          </span>
        )}
        <div>
          <h2 id="stall-status-title" className={styles.name}>
            {stall.name}
          </h2>
          <p className="muted">
            {stall.province.name} · {t("stall.appliedOn", { date: dateTime(stall.createdAt) })}
          </p>
        </div>
        <StallStatusBadge status={stall.status} />
      </div>

      <div className={styles[stall.status]} role="status">
        <Icon name={stall.status === "approved" ? "check" : stall.status === "pending" ? "clock" : "alert"} />
        <div>
          <strong>{t(`stall.statusTitle.${stall.status}`)}</strong>
          <p>{t(`stall.statusBody.${stall.status}`)}</p>
          {stall.statusReason && (stall.status === "rejected" || stall.status === "suspended") && (
            <blockquote className={styles.reason}>
              <span className="visually-hidden">{t("stall.adminReason")}: </span>
              {stall.statusReason}
            </blockquote>
          )}
        </div>
      </div>

      <div className="form-actions">
        {stall.status === "approved" && (
          <Link className="btn btn-primary btn-lg" to="/seller">
            {t("stall.goSelling")}
          </Link>
        )}
        {stall.status !== "suspended" && (
          <button
            type="button"
            className={stall.status === "rejected" ? "btn btn-primary btn-lg" : "btn btn-secondary"}
            onClick={onEdit}
          >
            <Icon name="edit" size={18} />
            {stall.status === "rejected"
              ? t("stall.editAndResend")
              : stall.status === "pending"
                ? t("stall.editApplication")
                : t("stall.editProfile")}
          </button>
        )}
      </div>

      {decisions.length > 0 && (
        <div>
          <h3>{t("stall.history")}</h3>
          <ol className={styles.history}>
            {decisions.map((d) => (
              <li key={`${d.at}-${d.action}`}>
                <strong>{t(`stallAction.${d.action}`)}</strong> · {dateTime(d.at)}
                {d.reason && <p className="muted">{d.reason}</p>}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
