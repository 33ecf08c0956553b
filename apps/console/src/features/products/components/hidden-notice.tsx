import type { SellerProduct } from "@chophien/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { Icon } from "@/shared/ui/icon";
import styles from "./hidden-notice.module.css";

/**
 * Says plainly that the market's admins have taken this product off the market, with their reason: shoppers
 * cannot see or buy it, the seller can still edit it, and after fixing it asks the admins to put it back.
 * A warning, not an error — nothing the seller did in this form failed.
 */
export function HiddenNotice({ hidden }: { hidden: NonNullable<SellerProduct["hidden"]> }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const titleId = useId();
  return (
    <section className={styles.notice} aria-labelledby={titleId}>
      <Icon name="alert" className={styles.icon} />
      <div>
        <h2 id={titleId} className={styles.title}>
          {t("product.hidden.title")}
        </h2>
        <p>{t("product.hidden.body")}</p>
        <blockquote className={styles.reason}>
          <span className="visually-hidden">{t("product.hidden.reasonLabel")}: </span>
          {hidden.reason}
        </blockquote>
        <p className={styles.since}>{t("product.hidden.since", { date: dateTime(hidden.at) })}</p>
        <p>{t("product.hidden.next")}</p>
      </div>
    </section>
  );
}
