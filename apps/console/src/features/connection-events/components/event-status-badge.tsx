import type { EventStatus } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Badge, type BadgeTone } from "@/shared/ui/badge";

const TONE: Record<EventStatus, BadgeTone> = { draft: "amber", published: "green", cancelled: "red" };

/** An event's state, as the admin desk shows it. */
export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`events.status.${status}`)}</Badge>;
}
