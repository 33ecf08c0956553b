import { PRODUCT_STATUSES, type AdminProduct, type ProductStatus } from "@chophien/contracts";
import { useDebouncedValue } from "@chophien/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { cx } from "@/shared/lib/cx";
import { errorMessage } from "@/shared/lib/error-message";
import { useUrlFilters } from "@/shared/lib/use-url-filters";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { showToast } from "@/shared/ui/toast";
import { useAdminProducts, type AdminProductFilters } from "../api/get-admin-products";
import { useHideProduct } from "../api/hide-product";
import { useUnhideProduct } from "../api/unhide-product";
import { AdminProductRow } from "./admin-product-row";
import { HideProductDialog } from "./hide-product-dialog";
import styles from "./admin-products.module.css";

const LIMIT = 30;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isStatus = (s: string | null): s is ProductStatus => PRODUCT_STATUSES.some((x) => x === s);

/**
 * Every product on the market, for moderation: search, status, hidden or not and the stall in the URL (so a link
 * from the stalls table or the dashboard lands filtered), hide with a reason the seller reads, unhide after a check.
 */
export function AdminProductsTable() {
  const { t } = useTranslation();
  const { params, page, setParam } = useUrlFilters();
  const [q, setQ] = useState(params.get("q") ?? "");
  const debouncedQ = useDebouncedValue(q.trim(), 300);
  const statusParam = params.get("status");
  const hiddenParam = params.get("hidden");
  const stallParam = params.get("stall") ?? "";
  const filters: AdminProductFilters = {
    q: debouncedQ || undefined,
    status: isStatus(statusParam) ? statusParam : undefined,
    // `hidden=review`: hidden products whose sellers ask for another look (oldest request first).
    hidden: hiddenParam === "true" ? true : hiddenParam === "false" ? false : undefined,
    reviewRequested: hiddenParam === "review" ? true : undefined,
    stall: UUID.test(stallParam) ? stallParam : undefined,
    page,
    limit: LIMIT,
  };
  const products = useAdminProducts(filters);
  const hide = useHideProduct();
  const unhide = useUnhideProduct();
  const [hiding, setHiding] = useState<AdminProduct | null>(null);
  const [unhiding, setUnhiding] = useState<AdminProduct | null>(null);

  const stallHref = (id: string) => {
    const next = new URLSearchParams(params);
    next.set("stall", id);
    next.delete("page");
    return `?${next.toString()}`;
  };
  const filtered = Boolean(
    filters.q || filters.status || filters.hidden !== undefined || filters.reviewRequested || filters.stall,
  );
  const items = products.data?.items ?? [];

  return (
    <div className={styles.wrap}>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()} aria-label={t("adminProducts.filters")}>
        <label className="field">
          <span className="field-label">{t("adminProducts.search")}</span>
          <input
            className="input"
            type="search"
            value={q}
            placeholder={t("adminProducts.searchPlaceholder")}
            onChange={(e) => {
              setQ(e.target.value);
              setParam("q", e.target.value.trim() || undefined);
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">{t("adminProducts.status")}</span>
          <select
            className="input select"
            value={filters.status ?? ""}
            onChange={(e) => setParam("status", e.target.value || undefined)}
          >
            <option value="">{t("common.all")}</option>
            {PRODUCT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`productStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t("adminProducts.visibility")}</span>
          <select
            className="input select"
            value={filters.reviewRequested ? "review" : filters.hidden === undefined ? "" : String(filters.hidden)}
            onChange={(e) => setParam("hidden", e.target.value || undefined)}
          >
            <option value="">{t("common.all")}</option>
            <option value="true">{t("adminProducts.onlyHidden")}</option>
            <option value="false">{t("adminProducts.notHidden")}</option>
            <option value="review">{t("adminProducts.reviewRequested")}</option>
          </select>
        </label>
      </form>

      {filters.stall && (
        <div className={cx("picked", styles.stallFilter)}>
          <span>
            {items[0]?.stall.id === filters.stall
              ? t("adminProducts.stallFilterNamed", { name: items[0].stall.name })
              : t("adminProducts.stallFilter")}
          </span>
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setParam("stall", undefined)}>
            {t("adminProducts.allStalls")}
          </button>
        </div>
      )}

      {products.isPending ? (
        <LoadingState rows={8} />
      ) : products.isError ? (
        <ErrorState onRetry={() => void products.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState icon="box" title={filtered ? t("adminProducts.noMatch") : t("adminProducts.empty")} />
      ) : (
        <div className={styles.scroller}>
          <table className={cx("table table-dense", styles.table, products.isPlaceholderData && "stale")}>
            <caption className="visually-hidden">{t("adminProducts.caption", { count: products.data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("adminProducts.columns.product")}</th>
                <th scope="col">{t("adminProducts.columns.stall")}</th>
                <th scope="col" className="num">
                  {t("adminProducts.columns.price")}
                </th>
                <th scope="col" className="num">
                  {t("adminProducts.columns.stock")}
                </th>
                <th scope="col">{t("adminProducts.columns.status")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("adminProducts.columns.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <AdminProductRow
                  key={p.id}
                  product={p}
                  stallHref={stallHref(p.stall.id)}
                  onHide={setHiding}
                  onUnhide={setUnhiding}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {products.data && (
        <Pagination page={page} limit={LIMIT} total={products.data.total} onPage={(p) => setParam("page", String(p))} />
      )}

      <HideProductDialog
        product={hiding}
        busy={hide.isPending}
        error={hide.error}
        onClose={() => {
          setHiding(null);
          hide.reset();
        }}
        onReason={(reason) =>
          hiding &&
          hide.mutate(
            { id: hiding.id, reason },
            {
              onSuccess: (p) => {
                setHiding(null);
                showToast(t("adminProducts.hidden", { name: p.name }));
              },
            },
          )
        }
      />
      <ConfirmDialog
        open={unhiding !== null}
        title={t("adminProducts.unhideTitle", { name: unhiding?.name ?? "" })}
        body={<p>{t("adminProducts.unhideBody")}</p>}
        confirmLabel={t("adminProducts.unhide")}
        busy={unhide.isPending}
        error={unhide.isError ? errorMessage(unhide.error, t, { conflict: t("adminProducts.conflict") }) : null}
        onClose={() => {
          setUnhiding(null);
          unhide.reset();
        }}
        onConfirm={() =>
          unhiding &&
          unhide.mutate(unhiding.id, {
            onSuccess: (p) => {
              setUnhiding(null);
              showToast(t("adminProducts.unhidden", { name: p.name }));
            },
          })
        }
      />
    </div>
  );
}
