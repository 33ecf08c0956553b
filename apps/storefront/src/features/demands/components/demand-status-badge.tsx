import type { DemandStatus, OfferStatus } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import styles from "./demands.module.css";

const TONE: Record<DemandStatus | OfferStatus, string | undefined> = {
  open: styles.toneOpen,
  shortlisted: styles.toneGold,
  awarded: styles.toneGold,
  fulfilled: styles.toneOpen,
  closed: undefined,
  expired: undefined,
  cancelled: undefined,
  declined: undefined,
  withdrawn: undefined,
};

/** A demand's or an offer's status as a coloured label. */
export function DemandStatusBadge({ status, offer = false }: { status: DemandStatus | OfferStatus; offer?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${styles.badge} ${TONE[status] ?? ""}`}>
      {offer ? t(`demands.offerStatus.${status}`) : t(`demands.status.${status}`)}
    </span>
  );
}
