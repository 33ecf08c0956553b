import type { StallStatus } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Badge, type BadgeTone } from "./badge";

const TONE: Record<StallStatus, BadgeTone> = { pending: "amber", approved: "green", rejected: "red", suspended: "grey" };

/** A stall's status as the admin desk shows it. */
export function StallStatusBadge({ status }: { status: StallStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`stallStatus.${status}`)}</Badge>;
}
