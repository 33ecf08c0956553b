import type { ProductStatus } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Badge } from "@/shared/ui/badge";

/** Draft (grey), on sale (green), archived (amber). */
export function ProductStatusBadge({ status }: { status: ProductStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={status === "active" ? "green" : status === "draft" ? "grey" : "amber"}>{t(`productStatus.${status}`)}</Badge>
  );
}
