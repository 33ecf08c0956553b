import type { ProductDetail } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { RatingStars } from "@/shared/ui/rating-stars";
import { OcopBadge } from "./ocop-badge";
import { PriceTag } from "./price-tag";
import styles from "./product-summary.module.css";

/** YYYY-MM-DD as dd/mm/yyyy. */
const dayMonthYear = (day: string) => day.split("-").reverse().join("/");

/** Few enough left that a shopper should know. */
const LOW_STOCK = 10;

/** The product's headline facts: name, rating, price with unit, stock, OCOP certificate and origin. */
export function ProductSummary({ product }: { product: ProductDetail }) {
  const { t } = useTranslation();
  const { localName } = useFormat();
  return (
    <div className={styles.summary}>
      <p className={styles.crumbs}>
        <Link to={paths.search({ category: product.category.slug })}>{localName(product.category)}</Link>
      </p>
      <h1 className={styles.name}>{product.name}</h1>
      <div className={styles.row}>
        {product.ocopStars != null && <OcopBadge stars={product.ocopStars} large />}
        {product.ratingCount > 0 ? (
          <a href="#reviews" className={styles.rating}>
            <RatingStars value={product.ratingAvg} count={product.ratingCount} />
          </a>
        ) : (
          <span className={styles.noRating}>{t("rating.none")}</span>
        )}
      </div>
      <PriceTag price={product.price} compareAtPrice={product.compareAtPrice} unit={product.unit} size="lg" />
      <p className={product.inStock ? (product.stock <= LOW_STOCK ? styles.low : styles.inStock) : styles.out}>
        <Icon name={product.inStock ? "check" : "alert"} size={18} />
        {product.inStock
          ? product.stock <= LOW_STOCK
            ? t("product.lowStock", { count: product.stock })
            : t("product.inStock")
          : t("product.outOfStock")}
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>{t("product.origin")}</dt>
          <dd>
            <Link to={paths.search({ province: product.province.slug })}>{product.province.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("product.unit")}</dt>
          <dd>{product.unit}</dd>
        </div>
        {product.weightGrams != null && (
          <div>
            <dt>{t("product.weight")}</dt>
            <dd>{t("product.grams", { count: product.weightGrams })}</dd>
          </div>
        )}
      </dl>
      {product.ocop && (
        <aside className={styles.ocop} aria-label={t("ocop.certificate")}>
          <Icon name="shield" size={28} className={styles.ocopIcon} />
          <div>
            <p className={styles.ocopTitle}>{t("ocop.title", { stars: product.ocop.stars })}</p>
            <p className={styles.ocopText}>{t("ocopCertificate.validUntil", { date: dayMonthYear(product.ocop.validUntil) })}</p>
            <p className={styles.ocopText}>
              {t("ocopCertificate.decision", { authority: product.ocop.issuingAuthority, no: product.ocop.decisionNo })}
              {" · "}
              {t(`ocopCertificate.level.${product.ocop.issuingLevel}`)}
            </p>
            {product.ocop.documentUrl && (
              <p className={styles.ocopText}>
                <a href={product.ocop.documentUrl} download>
                  {t("ocopCertificate.document")}
                </a>
              </p>
            )}
            <p className={styles.ocopExplain}>{t("ocop.explain")}</p>
          </div>
        </aside>
      )}
    </div>
  );
}

/** The seller's description: Markdown rendered to HTML by the API, which escapes any raw HTML first. */
export function ProductDescription({ html }: { html: string }) {
  const { t } = useTranslation();
  if (!html.trim()) return <p className="muted">{t("product.noDescription")}</p>;
  // Safe: `descriptionHtml` is produced server-side from Markdown with raw HTML disabled (see docs/api.md).
  return <div className={styles.description} dangerouslySetInnerHTML={{ __html: html }} />;
}
