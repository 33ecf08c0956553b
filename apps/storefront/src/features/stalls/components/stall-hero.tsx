import { useTranslation } from "react-i18next";
import { Icon } from "@/shared/ui/icon";
import { ResponsiveImage } from "@/shared/ui/responsive-image";
import { Skeleton, SkeletonText } from "@/shared/ui/skeleton";
import type { PublicStallPage } from "../api/get-stall";
import { StallLogo } from "./stall-logo";
import styles from "./stall-hero.module.css";

/** Joined-the-market year, in Vietnam's time zone. */
const yearOf = (iso: string) =>
  new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(iso));

/** The top of a stall's page: banner, logo, name, province and the founders' story. */
export function StallHero({ stall }: { stall: PublicStallPage }) {
  const { t } = useTranslation();
  return (
    <header className={styles.hero}>
      <div className={styles.banner}>
        {stall.banner && (
          <ResponsiveImage
            image={stall.banner}
            alt=""
            sizes="(min-width: 1200px) 1168px, 100vw"
            className={styles.bannerImage}
            priority
          />
        )}
      </div>
      <div className={styles.identity}>
        <StallLogo logo={stall.logo} name={stall.name} size={88} className={styles.logo} />
        <div>
          <h1 className={styles.name}>{stall.name}</h1>
          <p className={styles.meta}>
            <span>
              <Icon name="pin" size={16} /> {stall.province.name}
            </span>
            <span>
              <Icon name="store" size={16} /> {t("stall.productCount", { count: stall.productCount })}
            </span>
            <span>{t("stall.since", { year: yearOf(stall.createdAt) })}</span>
          </p>
        </div>
      </div>
      <section className={styles.story} aria-labelledby="stall-story">
        <h2 id="stall-story" className={styles.storyTitle}>
          {t("stall.story")}
        </h2>
        <p className={styles.storyText}>{stall.story}</p>
        {stall.description && <p className={styles.description}>{stall.description}</p>}
      </section>
    </header>
  );
}

export function StallHeroSkeleton() {
  return (
    <div className={styles.hero} aria-hidden="true">
      <Skeleton className={styles.banner} />
      <div className={styles.identity}>
        <Skeleton width="88px" height="88px" className={styles.logo} />
        <div style={{ flex: 1 }}>
          <SkeletonText lines={2} />
        </div>
      </div>
    </div>
  );
}
