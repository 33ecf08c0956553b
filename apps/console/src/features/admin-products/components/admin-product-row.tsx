import type { AdminProduct } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "@/shared/i18n/use-format";
import { Badge } from "@/shared/ui/badge";
import { ProductStatusBadge } from "@/shared/ui/product-status-badge";
import { StallStatusBadge } from "@/shared/ui/stall-status-badge";
import styles from "./admin-products.module.css";
import { Thumb } from "@/shared/ui/thumb";
import { ModerationHistory } from "./moderation-history";

interface Props {
  product: AdminProduct;
  /** The table's own URL narrowed to this product's stall. */
  stallHref: string;
  onHide: (product: AdminProduct) => void;
  onUnhide: (product: AdminProduct) => void;
}

/** One product as an admin moderates it: what it is, whose, what it costs, whether shoppers see it and why not. */
export function AdminProductRow({ product: p, stallHref, onHide, onUnhide }: Props) {
  const { t } = useTranslation();
  const { vnd, dateTime, number, localName } = useFormat();
  return (
    <tr>
      <td className={styles.productTd}>
        <div className={styles.productCell}>
          <Thumb image={p.thumbnail} size="sm" />
          <span>
            <span className={styles.name}>{p.name}</span>
            <small className="muted">
              {localName(p.category)} · {p.unit}
            </small>
          </span>
        </div>
      </td>
      <td data-label={t("adminProducts.columns.stall")} className={styles.stallTd}>
        <span className={styles.stallCell}>
          <Link to={stallHref} className="tap-target" title={t("adminProducts.onlyThisStall")}>
            {p.stall.name}
          </Link>
          {p.stall.status !== "approved" && <StallStatusBadge status={p.stall.status} />}
        </span>
      </td>
      <td data-label={t("adminProducts.columns.price")} className="num">
        {vnd(p.price)}
      </td>
      <td data-label={t("adminProducts.columns.stock")} className="num">
        {number(p.stock)}
      </td>
      <td data-label={t("adminProducts.columns.status")} className={styles.statusTd}>
        <div className={styles.status}>
          <span className={styles.badges}>
            <ProductStatusBadge status={p.status} />
            {p.hidden ? (
              <Badge tone="red">{t("adminProducts.hiddenBadge")}</Badge>
            ) : p.public ? (
              <Badge tone="green">{t("adminProducts.publicBadge")}</Badge>
            ) : (
              <Badge tone="grey">{t("adminProducts.notPublicBadge")}</Badge>
            )}
          </span>
          {p.hidden && (
            <>
              <blockquote className={styles.reason}>
                <span className="visually-hidden">{t("adminProducts.reason")}: </span>
                {p.hidden.reason}
              </blockquote>
              <small className="muted">
                {t("adminProducts.hiddenBy", { name: p.hidden.admin.fullName, date: dateTime(p.hidden.at) })}
              </small>
              {p.hidden.reviewRequest && (
                <p className={styles.request}>
                  <strong>{t("adminProducts.reviewRequestedOn", { date: dateTime(p.hidden.reviewRequest.at) })}</strong>
                  {p.hidden.reviewRequest.note && <span> {p.hidden.reviewRequest.note}</span>}
                </p>
              )}
            </>
          )}
          {p.public && (
            <a
              className="tap-target"
              href={`/san-pham/${p.slug}`}
              aria-label={t("adminProducts.viewOnMarketNamed", { name: p.name })}
            >
              {t("adminProducts.viewOnMarket")}
            </a>
          )}
          <ModerationHistory product={p} />
          {!p.hidden && !p.public && p.stall.status !== "approved" && (
            <small className="muted">{t("adminProducts.whyStall", { status: t(`stallStatus.${p.stall.status}`) })}</small>
          )}
        </div>
      </td>
      <td className={styles.actions}>
        {p.hidden ? (
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={() => onUnhide(p)}
            aria-label={t("adminProducts.unhideNamed", { name: p.name })}
          >
            {t("adminProducts.unhide")}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-danger btn-sm"
            onClick={() => onHide(p)}
            aria-label={t("adminProducts.hideNamed", { name: p.name })}
          >
            {t("adminProducts.hide")}
          </button>
        )}
      </td>
    </tr>
  );
}
