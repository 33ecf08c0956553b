import { ApiError } from "@chophien/web";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { useProducts } from "@/features/catalog/api/get-products";
import { ProductGrid, ProductGridSkeleton } from "@/features/catalog/components/product-grid";
import { FollowButton } from "@/features/stalls/components/follow-button";
import { useStall } from "@/features/stalls/api/get-stall";
import { StallContact } from "@/features/stalls/components/stall-contact";
import { StallHero, StallHeroSkeleton } from "@/features/stalls/components/stall-hero";
import { StallQrCard, StallQrPoster } from "@/features/stalls/components/stall-qr";
import { StallVouchers } from "@/features/vouchers/components/stall-vouchers";
import { formText } from "@/shared/lib/form-text";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { PageMeta } from "@/shared/ui/page-meta";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState } from "@/shared/ui/state-message";
import { NotFoundPage } from "./not-found-page";
import styles from "./stall-page.module.css";

const PAGE_SIZE = 12;

/** /gian-hang/:slug — the stall's banner and story, its products with a search, and a printable QR code. */
export function StallPage() {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const stall = useStall(slug);
  const products = useProducts({ stall: slug, q: q || undefined, page, limit: PAGE_SIZE }, { enabled: stall.isSuccess });

  if (stall.isError)
    return stall.error instanceof ApiError && stall.error.status === 404 ? (
      <NotFoundPage />
    ) : (
      <div className="container page">
        <ErrorState onRetry={() => void stall.refetch()} />
      </div>
    );

  const search = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = formText(new FormData(e.currentTarget), "q").trim();
    setParams(text ? { q: text } : {});
  };
  const url = typeof window !== "undefined" ? `${window.location.origin}${paths.stall(slug)}` : paths.stall(slug);

  return (
    <div className="container page print-poster-page">
      {stall.isPending ? (
        <StallHeroSkeleton />
      ) : (
        <>
          <PageMeta
            title={stall.data.name}
            description={stall.data.story.slice(0, 160)}
            image={stall.data.banner?.url ?? stall.data.logo?.url}
            type="profile"
          />
          <StallHero stall={stall.data} />
          <div className={styles.actions}>
            <FollowButton slug={stall.data.slug} stallName={stall.data.name} />
            <StallContact contact={stall.data.contact} />
          </div>
        </>
      )}
      <div className={styles.columns}>
        <section className={styles.products} aria-labelledby="stall-products">
          <div className={styles.productsHead}>
            <h2 id="stall-products" className={styles.h2}>
              {t("stall.products")}
            </h2>
            <form role="search" className={styles.search} onSubmit={search} key={q}>
              <label htmlFor="stall-q" className="visually-hidden">
                {t("stall.searchLabel")}
              </label>
              <input
                id="stall-q"
                className="input"
                type="search"
                name="q"
                defaultValue={q}
                placeholder={t("stall.searchPlaceholder")}
              />
              <button type="submit" className="btn btn-primary" aria-label={t("search.submit")}>
                <Icon name="search" size={20} />
              </button>
            </form>
          </div>
          {products.isPending ? (
            <ProductGridSkeleton count={4} />
          ) : products.isError ? (
            <ErrorState onRetry={() => void products.refetch()} />
          ) : products.data.items.length === 0 ? (
            <EmptyState icon="search" title={q ? t("stall.noMatch", { q }) : t("stall.noProducts")} />
          ) : (
            <>
              <ProductGrid products={products.data.items} stale={products.isPlaceholderData} />
              <Pagination
                page={page}
                pageCount={Math.ceil(products.data.total / PAGE_SIZE)}
                hrefFor={(p) => paths.stall(slug, { q: q || undefined, page: p > 1 ? p : undefined })}
              />
            </>
          )}
        </section>
        {stall.isSuccess && (
          <aside className={styles.side}>
            <StallVouchers slug={slug} />
            <StallQrCard name={stall.data.name} url={url} />
          </aside>
        )}
      </div>
      {stall.isSuccess && <StallQrPoster name={stall.data.name} province={stall.data.province.name} url={url} />}
    </div>
  );
}
