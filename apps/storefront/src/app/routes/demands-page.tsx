import { DEMAND_STATUSES, type DemandStatus } from "@chophien/contracts";
import { toQueryString, useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { flattenCategories, useCategories } from "@/features/catalog/api/get-categories";
import { useDemandBoard } from "@/features/demands/api/demands";
import { BoardFilters, type BoardFilterValues } from "@/features/demands/components/board-filters";
import { DemandCard } from "@/features/demands/components/demand-card";
import styles from "@/features/demands/components/demands.module.css";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { Pagination } from "@/shared/ui/pagination";
import { Skeleton } from "@/shared/ui/skeleton";
import { EmptyState, ErrorState } from "@/shared/ui/state-message";

const PAGE_SIZE = 12;
const isStatus = (s: string | null): s is DemandStatus => DEMAND_STATUSES.includes(s as DemandStatus);

/** /nhu-cau — the supply–demand board: businesses' wholesale demands, newest first, searchable and filtered. */
export function DemandsPage() {
  const { t } = useTranslation();
  const { localName } = useFormat();
  const [params, setParams] = useSearchParams();
  const status = params.get("status");
  const value: BoardFilterValues = {
    q: params.get("q") ?? "",
    category: params.get("category") ?? "",
    province: params.get("province") ?? "",
    status: isStatus(status) && status !== "open" ? status : "",
  };
  const page = Math.max(1, Number(params.get("page")) || 1);
  const board = useDemandBoard({
    q: value.q || undefined,
    category: value.category || undefined,
    province: value.province || undefined,
    status: isStatus(status) ? status : undefined,
    page,
    limit: PAGE_SIZE,
  });
  const categories = flattenCategories(useCategories().data?.items ?? []).map((c) => ({ id: c.id, name: localName(c) }));
  const query = (v: BoardFilterValues, p = 1) => ({ ...v, page: p > 1 ? p : undefined });

  return (
    <div className="container page">
      <PageMeta title={t("demands.board.title")} description={t("demands.board.lead")} />
      <h1>{t("demands.board.title")}</h1>
      <p className="muted">{t("demands.board.lead")}</p>
      <BoardFilters
        key={JSON.stringify(value)}
        value={value}
        categories={categories}
        onApply={(v) => setParams(toQueryString(query(v)))}
      />
      {board.isError ? (
        <ErrorState onRetry={() => void board.refetch()} />
      ) : board.data && board.data.items.length === 0 ? (
        <EmptyState icon="search" title={t("demands.board.empty")} />
      ) : (
        <>
          {board.data && (
            <p className="muted" aria-live="polite">
              {t("demands.board.count", { count: board.data.total })}
            </p>
          )}
          <ul className={styles.grid} aria-busy={board.isPending}>
            {board.isPending
              ? Array.from({ length: 4 }, (_, i) => (
                  <li key={i}>
                    <Skeleton height="12rem" />
                  </li>
                ))
              : board.data.items.map((d) => (
                  <li key={d.id}>
                    <DemandCard demand={d} to={paths.demand(d.id)} />
                  </li>
                ))}
          </ul>
        </>
      )}
      {board.data && (
        <Pagination
          page={page}
          pageCount={Math.ceil(board.data.total / PAGE_SIZE)}
          hrefFor={(p) => paths.demands(query(value, p))}
        />
      )}
    </div>
  );
}
