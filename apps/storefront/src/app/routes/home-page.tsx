import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useProducts } from "@/features/catalog/api/get-products";
import { CategoryTiles } from "@/features/catalog/components/category-tiles";
import { ProductGrid, ProductGridSkeleton } from "@/features/catalog/components/product-grid";
import { ProvinceLinks } from "@/features/catalog/components/province-links";
import { AboutMarket } from "@/features/home/components/about-market";
import { HomeHero } from "@/features/home/components/home-hero";
import { useStalls } from "@/features/stalls/api/get-stalls";
import { StallCard, StallCardSkeleton } from "@/features/stalls/components/stall-card";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { ErrorState } from "@/shared/ui/state-message";
import styles from "./home-page.module.css";

const FEATURED = { ocopMin: 4, sort: "rating", limit: 10 } as const;

/** The front of the market: welcome, categories, the best OCOP goods, new stalls, provinces, and our story. */
export function HomePage() {
  const { t } = useTranslation();
  const featured = useProducts(FEATURED);
  const stalls = useStalls({ limit: 6 });
  return (
    <div className="container">
      <PageMeta title={t("home.metaTitle")} description={t("meta.description")} />
      <HomeHero />

      <section className="section" aria-labelledby="home-categories">
        <div className="section-head">
          <h2 id="home-categories">{t("home.categories")}</h2>
          <Link to={paths.search()}>{t("home.seeAll")}</Link>
        </div>
        <CategoryTiles />
      </section>

      <section className="section" aria-labelledby="home-featured">
        <div className="section-head">
          <h2 id="home-featured">{t("home.featured")}</h2>
          <Link to={paths.search(FEATURED)}>{t("home.seeAll")}</Link>
        </div>
        <p className={styles.sub}>{t("home.featuredSub")}</p>
        {featured.isPending ? (
          <ProductGridSkeleton count={5} shelf />
        ) : featured.isError ? (
          <ErrorState onRetry={() => void featured.refetch()} />
        ) : (
          <ProductGrid products={featured.data.items} label={t("home.featured")} shelf eager={2} />
        )}
      </section>

      <section className="section" aria-labelledby="home-stalls">
        <div className="section-head">
          <h2 id="home-stalls">{t("home.newStalls")}</h2>
          <Link to={paths.stalls()}>{t("home.seeAll")}</Link>
        </div>
        {stalls.isError ? (
          <ErrorState onRetry={() => void stalls.refetch()} />
        ) : (
          <ul className={styles.stalls}>
            {stalls.isPending
              ? [0, 1, 2].map((i) => (
                  <li key={i}>
                    <StallCardSkeleton />
                  </li>
                ))
              : stalls.data.items.map((s) => (
                  <li key={s.id}>
                    <StallCard stall={s} />
                  </li>
                ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="home-provinces">
        <div className="section-head">
          <h2 id="home-provinces">{t("home.provinces")}</h2>
        </div>
        <ProvinceLinks />
      </section>

      <AboutMarket />
    </div>
  );
}
