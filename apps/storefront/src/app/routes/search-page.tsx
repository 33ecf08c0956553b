import { useFormat } from "@chophien/web";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { flattenCategories, useCategories } from "@/features/catalog/api/get-categories";
import { useProducts } from "@/features/catalog/api/get-products";
import { ProductGrid, ProductGridSkeleton } from "@/features/catalog/components/product-grid";
import { ActiveFilters } from "@/features/search/components/active-filters";
import { FilterPanel } from "@/features/search/components/filter-panel";
import { SortSelect } from "@/features/search/components/sort-select";
import { useSearchState } from "@/features/search/hooks/use-search-state";
import { activeFilterCount, PAGE_SIZE, toSearchParams } from "@/features/search/lib/search-params";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { PageMeta } from "@/shared/ui/page-meta";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState } from "@/shared/ui/state-message";
import styles from "./search-page.module.css";
import { useModalFocus } from "@/shared/lib/use-modal-focus";

/** /tim-kiem — results with facet filters, sort and pages; the URL holds the whole state. */
export function SearchPage() {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const { state, update, clearFilters } = useSearchState();
  const listing = useProducts({ ...state, limit: PAGE_SIZE });
  const categories = useCategories();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const drawerTitle = useRef<HTMLHeadingElement>(null);
  const drawer = useRef<HTMLElement>(null);

  const names = useMemo(
    () => new Map(flattenCategories(categories.data?.items ?? []).map((c) => [c.slug, lang === "en" ? c.nameEn : c.name])),
    [categories.data, lang],
  );
  const categoryLabel = (slug: string, fallback?: string) => names.get(slug) ?? fallback ?? slug;

  // On a phone the filters are a modal sheet: focus stays inside until it closes, then returns to its button.
  useModalFocus(filtersOpen, drawer, () => setFiltersOpen(false), drawerTitle);

  const title = state.q
    ? t("search.resultsFor", { q: state.q })
    : state.category
      ? categoryLabel(state.category)
      : t("search.allProducts");
  const total = listing.data?.total ?? 0;
  const page = state.page ?? 1;
  const filterCount = activeFilterCount(state);

  return (
    <div className="container page">
      <PageMeta title={title} description={t("search.metaDescription", { title })} />
      <div className={styles.head}>
        <h1 className={styles.title}>{title}</h1>
        <p className={styles.count} role="status">
          {listing.data ? t("search.count", { count: total }) : "\u00a0"}
        </p>
      </div>

      <div className={styles.layout}>
        <aside
          ref={drawer}
          id="search-filters"
          className={filtersOpen ? styles.drawerOpen : styles.drawer}
          aria-labelledby="filters-title"
          {...(filtersOpen ? { role: "dialog", "aria-modal": true } : {})}
        >
          <div className={styles.drawerHead}>
            <h2 id="filters-title" ref={drawerTitle} tabIndex={-1} className={styles.drawerTitle}>
              {t("filters.title")}
            </h2>
            <button type="button" className={styles.close} onClick={() => setFiltersOpen(false)} aria-label={t("common.close")}>
              <Icon name="close" />
            </button>
          </div>
          <div className={styles.drawerBody}>
            <FilterPanel facets={listing.data?.facets} state={state} onChange={update} categoryLabel={categoryLabel} />
          </div>
          <div className={styles.drawerFoot}>
            <button type="button" className="btn btn-ghost" onClick={clearFilters} disabled={!filterCount}>
              {t("filters.clear")}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setFiltersOpen(false)}>
              {t("filters.show", { count: total })}
            </button>
          </div>
        </aside>
        {filtersOpen && <div className={styles.scrim} onClick={() => setFiltersOpen(false)} aria-hidden="true" />}

        <section className={styles.results} aria-label={t("search.results")}>
          <div className={styles.toolbar}>
            <button
              type="button"
              className={`btn btn-secondary ${styles.filterButton}`}
              onClick={() => setFiltersOpen(true)}
              aria-expanded={filtersOpen}
              aria-controls="search-filters"
            >
              <Icon name="filter" size={20} />
              {t("filters.title")}
              {filterCount > 0 && <span className={styles.filterCount}>{filterCount}</span>}
            </button>
            <SortSelect value={state.sort} hasQuery={Boolean(state.q)} onChange={(sort) => update({ sort })} />
          </div>
          <ActiveFilters state={state} onChange={update} onClear={clearFilters} categoryLabel={(s) => categoryLabel(s)} />

          {listing.isPending ? (
            <ProductGridSkeleton count={8} />
          ) : listing.isError ? (
            <ErrorState onRetry={() => void listing.refetch()} />
          ) : listing.data.items.length === 0 ? (
            <EmptyState
              icon="search"
              title={t("search.emptyTitle")}
              action={
                filterCount ? (
                  <button type="button" className="btn btn-primary" onClick={clearFilters}>
                    {t("filters.clear")}
                  </button>
                ) : (
                  <Link className="btn btn-primary" to={paths.search()}>
                    {t("search.browseAll")}
                  </Link>
                )
              }
            >
              <p>{state.q ? t("search.emptyQuery", { q: state.q }) : t("search.emptyFilters")}</p>
            </EmptyState>
          ) : (
            <>
              <ProductGrid
                products={listing.data.items}
                eager={4}
                stale={listing.isPlaceholderData}
                label={t("search.results")}
              />
              <Pagination
                page={page}
                pageCount={Math.ceil(total / PAGE_SIZE)}
                hrefFor={(p) => {
                  const sp = toSearchParams({ ...state, page: p }).toString();
                  return sp ? `?${sp}` : "?";
                }}
              />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
