import type { OrganisationStatus } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Badge, type BadgeTone } from "@/shared/ui/badge";

const TONE: Record<OrganisationStatus, BadgeTone> = { pending: "amber", verified: "green", rejected: "red" };

/** An organisation's check, as the admin desk shows it. */
export function OrganisationStatusBadge({ status }: { status: OrganisationStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`organisations.status.${status}`)}</Badge>;
}
