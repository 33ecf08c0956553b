import type { OfferStatus } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Badge, type BadgeTone } from "@/shared/ui/badge";

const TONE: Record<OfferStatus, BadgeTone> = {
  open: "blue",
  shortlisted: "amber",
  awarded: "green",
  declined: "red",
  withdrawn: "grey",
};

/** An offer's status on the stall's side. */
export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`demands.offerStatus.${status}`)}</Badge>;
}
