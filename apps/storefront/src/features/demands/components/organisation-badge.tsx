import type { OrganisationStatus } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import styles from "./demands.module.css";

const TONE: Record<OrganisationStatus, string> = { pending: "", verified: styles.toneOpen ?? "", rejected: styles.toneRed ?? "" };

/** An organisation's status as a coloured label. */
export function OrganisationBadge({ status }: { status: OrganisationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${styles.badge} ${TONE[status]}`}>{t(`organisation.status.${status}`)}</span>;
}
