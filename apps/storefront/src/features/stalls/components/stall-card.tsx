import type { StallSummary } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { Skeleton } from "@/shared/ui/skeleton";
import { StallLogo } from "./stall-logo";
import styles from "./stall-card.module.css";

/** A stall in a list, or beside a product ("sold by"): logo, name, province, product count, and its story if given. */
export function StallCard({ stall, story, headingLevel = 3 }: { stall: StallSummary; story?: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={styles.card}>
      <div className={styles.head}>
        <StallLogo logo={stall.logo} name={stall.name} />
        <div className={styles.text}>
          <Heading className={styles.name}>
            <Link to={paths.stall(stall.slug)} className={styles.link}>
              {stall.name}
            </Link>
          </Heading>
          <p className={styles.meta}>
            <Icon name="pin" size={14} />
            {stall.province.name}
            <span aria-hidden="true">·</span>
            {t("stall.productCount", { count: stall.productCount })}
          </p>
        </div>
      </div>
      {story && <p className={styles.story}>{story}</p>}
      {story && (
        <span className={styles.cta} aria-hidden="true">
          {t("stall.visit")} <Icon name="chevronRight" size={16} />
        </span>
      )}
    </article>
  );
}

export function StallCardSkeleton() {
  return (
    <div className={styles.card} aria-hidden="true">
      <div className={styles.head}>
        <Skeleton width="56px" height="56px" className={styles.round} />
        <div className={styles.text}>
          <Skeleton width="70%" height="1rem" />
          <Skeleton width="45%" height="0.8rem" />
        </div>
      </div>
    </div>
  );
}
