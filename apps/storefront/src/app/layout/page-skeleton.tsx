import { useTranslation } from "react-i18next";
import { Skeleton, SkeletonText } from "@/shared/ui/skeleton";

/** What a page looks like while its code is on the way. */
export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="container page" role="status" aria-label={t("common.loading")}>
      <Skeleton width="60%" height="1.75rem" />
      <div style={{ height: "1rem" }} />
      <Skeleton height="14rem" />
      <div style={{ height: "1rem" }} />
      <SkeletonText lines={4} />
    </div>
  );
}
