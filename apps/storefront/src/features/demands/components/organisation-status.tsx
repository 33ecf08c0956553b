import type { Organisation } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { OrganisationBadge } from "./organisation-badge";
import styles from "./demands.module.css";
import { useDemandText } from "./use-demand-text";

/** My organisation as registered: its status (pending, verified, or rejected with the admin's reason) and details. */
export function OrganisationStatus({ organisation: o }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const text = useDemandText();
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="organisation-name">
      <h2 id="organisation-name" className={styles.cardTitle}>
        {o.name}
      </h2>
      <p>
        <OrganisationBadge status={o.status} />
      </p>
      <p className={o.status === "rejected" ? "alert alert-error" : o.status === "verified" ? "alert alert-success" : "alert"}>
        <span>
          {t(`organisation.statusText.${o.status}`)}
          {o.status === "rejected" && o.reason && (
            <>
              <br />
              <strong>{t("organisation.reason")}</strong> {o.reason}
            </>
          )}
        </span>
      </p>
      <dl className={styles.dl}>
        <dt>{t("organisation.taxCode")}</dt>
        <dd>{o.taxCode}</dd>
        <dt>{t("organisation.kind")}</dt>
        <dd>{text.kind(o.kind)}</dd>
        <dt>{t("filters.province")}</dt>
        <dd>{text.province(o.province)}</dd>
        <dt>{t("organisation.address")}</dt>
        <dd>{o.address}</dd>
        <dt>{t("organisation.phone")}</dt>
        <dd>{o.phone}</dd>
        {o.website && (
          <>
            <dt>{t("organisation.website")}</dt>
            <dd>{o.website}</dd>
          </>
        )}
        <dt>{t("organisation.registeredAt")}</dt>
        <dd>{dateTime(o.createdAt)}</dd>
      </dl>
    </section>
  );
}
