import { PRODUCT_STATUSES, type ProductStatus, type SellerProduct } from "@chophien/contracts";
import { useDebouncedValue } from "@chophien/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "@/shared/i18n/use-format";
import { cx } from "@/shared/lib/cx";
import { useUrlFilters } from "@/shared/lib/use-url-filters";
import { Badge } from "@/shared/ui/badge";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { Icon } from "@/shared/ui/icon";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { showToast } from "@/shared/ui/toast";
import { LOW_STOCK } from "../api/get-low-stock-products";
import { useSellerProducts } from "../api/get-seller-products";
import { useUpdateProduct } from "../api/update-product";
import { useBulkStatus } from "../hooks/use-bulk-status";
import { InlineNumber } from "./inline-number";
import { ProductStatusBadge } from "@/shared/ui/product-status-badge";
import styles from "./products-table.module.css";
import { Thumb } from "@/shared/ui/thumb";

const LIMIT = 20;
const isStatus = (s: string | null): s is ProductStatus => PRODUCT_STATUSES.some((x) => x === s);

/**
 * The stall's products: search and status in the URL (so Back keeps them), price and stock edited in place, and
 * several at once published or archived. On a phone each row becomes a card with the same controls.
 */
export function ProductsTable() {
  const { t } = useTranslation();
  const { vnd, localName } = useFormat();
  const { params, page, setParam } = useUrlFilters();
  const statusParam = params.get("status");
  const status = isStatus(statusParam) ? statusParam : undefined;
  const [q, setQ] = useState(params.get("q") ?? "");
  const debouncedQ = useDebouncedValue(q.trim(), 300);
  const products = useSellerProducts({ q: debouncedQ || undefined, status, page, limit: LIMIT });
  const update = useUpdateProduct();
  const bulk = useBulkStatus();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirmArchive, setConfirmArchive] = useState(false);

  const onSearch = (value: string) => {
    setQ(value);
    setParam("q", value.trim() || undefined);
  };

  const items = products.data?.items ?? [];
  const allSelected = items.length > 0 && items.every((p) => selected.has(p.id));
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleAll = () => setSelected(allSelected ? new Set() : new Set(items.map((p) => p.id)));

  const runBulk = (next: ProductStatus) =>
    bulk.mutate(
      { ids: [...selected], status: next },
      {
        onSuccess: ({ done, failed }) => {
          showToast(
            failed
              ? t("products.bulkPartial", { done, failed })
              : t(next === "active" ? "products.bulkPublished" : "products.bulkArchived", { count: done }),
            failed ? "error" : "success",
          );
          setSelected(new Set());
          setConfirmArchive(false);
        },
      },
    );

  const save = (p: SellerProduct, body: { price: number } | { stock: number }) => update.mutateAsync({ id: p.id, body });
  const checkPrice = (p: SellerProduct) => (n: number) =>
    n < 1 || n > 1_000_000_000
      ? t("validation.priceRange")
      : p.compareAtPrice != null && n >= p.compareAtPrice
        ? t("products.belowCompareAt", { price: vnd(p.compareAtPrice) })
        : null;
  const checkStock = (n: number) => (n < 0 || n > 1_000_000 ? t("validation.stockRange") : null);

  return (
    <div className={styles.wrap}>
      <div className={styles.toolbar}>
        <label className={styles.search}>
          <Icon name="search" size={18} />
          <span className="visually-hidden">{t("products.search")}</span>
          <input
            className="input"
            type="search"
            value={q}
            placeholder={t("products.searchPlaceholder")}
            onChange={(e) => onSearch(e.target.value)}
          />
        </label>
        <div className="segmented" role="group" aria-label={t("products.statusFilter")}>
          {[undefined, ...PRODUCT_STATUSES].map((s) => (
            <button key={s ?? "all"} type="button" aria-pressed={status === s} onClick={() => setParam("status", s)}>
              {s ? t(`productStatus.${s}`) : t("common.all")}
            </button>
          ))}
        </div>
      </div>

      {selected.size > 0 && (
        <div className={styles.bulkBar} role="region" aria-label={t("products.bulkLabel")}>
          <strong>{t("products.selected", { count: selected.size })}</strong>
          <button type="button" className="btn btn-primary" disabled={bulk.isPending} onClick={() => runBulk("active")}>
            {t("products.publish")}
          </button>
          <button type="button" className="btn btn-secondary" disabled={bulk.isPending} onClick={() => setConfirmArchive(true)}>
            {t("products.archive")}
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => setSelected(new Set())}>
            {t("products.clearSelection")}
          </button>
        </div>
      )}

      {products.isPending ? (
        <LoadingState rows={6} />
      ) : products.isError ? (
        <ErrorState onRetry={() => void products.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon="box"
          title={debouncedQ || status ? t("products.noMatch") : t("products.empty")}
          action={
            !debouncedQ &&
            !status && (
              <Link className="btn btn-primary" to="/seller/products/new">
                {t("products.add")}
              </Link>
            )
          }
        >
          {!debouncedQ && !status && <p>{t("products.emptyBody")}</p>}
        </EmptyState>
      ) : (
        <table className={cx("table", styles.table, products.isPlaceholderData && styles.stale)}>
          <caption className="visually-hidden">{t("products.caption", { count: products.data.total })}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.checkCol}>
                <label className="check-hit">
                  <input
                    type="checkbox"
                    className="check-input"
                    checked={allSelected}
                    onChange={toggleAll}
                    aria-label={t("products.selectAll")}
                  />
                </label>
              </th>
              <th scope="col">{t("products.columns.product")}</th>
              <th scope="col">{t("products.columns.price")}</th>
              <th scope="col">{t("products.columns.stock")}</th>
              <th scope="col">{t("products.columns.status")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("products.columns.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id} className={cx(selected.has(p.id) && styles.selectedRow)}>
                <td className={styles.checkCol}>
                  <label className="check-hit">
                    <input
                      type="checkbox"
                      className="check-input"
                      checked={selected.has(p.id)}
                      onChange={() => toggle(p.id)}
                      aria-label={t("products.select", { name: p.name })}
                    />
                  </label>
                </td>
                <td className={styles.productTd}>
                  <div className={styles.productCell}>
                    <Thumb image={p.images[0]} />
                    <span>
                      <Link to={`/seller/products/${p.id}`} className={styles.name}>
                        {p.name}
                      </Link>
                      <small className="muted">
                        {localName(p.category)} · {p.unit}
                      </small>
                      {p.hidden && (
                        <small className={styles.hiddenReason}>{t("products.hiddenReason", { reason: p.hidden.reason })}</small>
                      )}
                    </span>
                  </div>
                </td>
                <td data-label={t("products.columns.price")}>
                  <InlineNumber
                    value={p.price}
                    label={t("products.priceOf", { name: p.name })}
                    check={checkPrice(p)}
                    onSave={(price) => save(p, { price })}
                    suffix="₫"
                  />
                </td>
                <td data-label={t("products.columns.stock")}>
                  <InlineNumber
                    value={p.stock}
                    label={t("products.stockOf", { name: p.name })}
                    check={checkStock}
                    onSave={(stock) => save(p, { stock })}
                  />
                  {p.stock <= LOW_STOCK && (
                    <span className={styles.low}>{p.stock === 0 ? t("products.soldOut") : t("products.lowStock")}</span>
                  )}
                </td>
                <td data-label={t("products.columns.status")}>
                  <span className={styles.badges}>
                    <ProductStatusBadge status={p.status} />
                    {p.hidden && <Badge tone="amber">{t("products.hiddenBadge")}</Badge>}
                  </span>
                </td>
                <td className={styles.actionsCol}>
                  <Link
                    className="btn btn-ghost btn-sm"
                    to={`/seller/products/${p.id}`}
                    aria-label={t("products.editNamed", { name: p.name })}
                  >
                    <Icon name="edit" size={18} />
                    <span className={styles.editText}>{t("common.edit")}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {products.data && (
        <Pagination page={page} limit={LIMIT} total={products.data.total} onPage={(p) => setParam("page", String(p))} />
      )}

      <ConfirmDialog
        open={confirmArchive}
        title={t("products.archiveTitle", { count: selected.size })}
        body={<p>{t("products.archiveBody")}</p>}
        confirmLabel={t("products.archive")}
        tone="danger"
        busy={bulk.isPending}
        onClose={() => setConfirmArchive(false)}
        onConfirm={() => runBulk("archived")}
      />
    </div>
  );
}
