import { provinceBySlug, type PublicDemand } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { formatCount, timeLeft } from "../lib/demand-text";

/** A demand's facts worded for the board and the demand's pages, in the chosen language (GMT+7, `120.000 ₫`). */
export function useDemandText() {
  const { t } = useTranslation();
  const { vnd, dateTime } = useFormat();
  return {
    /** `2.000 kg (±10%)`. */
    quantity: (d: Pick<PublicDemand, "quantity" | "unit" | "tolerancePct">) =>
      t("demands.quantityOf", { quantity: formatCount(d.quantity), unit: d.unit }) +
      (d.tolerancePct ? ` ${t("demands.tolerance", { pct: d.tolerancePct })}` : ""),
    /** `120.000 ₫ – 150.000 ₫ / kg`, or null when the buyer named none. */
    price: (d: Pick<PublicDemand, "priceRange" | "unit">) =>
      d.priceRange
        ? d.priceRange.min === d.priceRange.max
          ? t("demands.priceOne", { price: vnd(d.priceRange.min), unit: d.unit })
          : t("demands.priceRange", { min: vnd(d.priceRange.min), max: vnd(d.priceRange.max), unit: d.unit })
        : null,
    /** `còn 5 ngày` / `còn 3 giờ` / `đã hết hạn`. */
    left: (respondBy: string) => {
      const left = timeLeft(respondBy);
      return left ? t(`demands.left.${left.unit}`, { count: left.count }) : t("demands.left.over");
    },
    deadline: (respondBy: string) => dateTime(respondBy),
    province: (slug: string | null) => (slug ? (provinceBySlug(slug)?.name ?? slug) : t("demands.anyProvince")),
    status: (s: PublicDemand["status"]) => t(`demands.status.${s}`),
    kind: (k: string) => t(`organisation.kinds.${k}`),
  };
}
