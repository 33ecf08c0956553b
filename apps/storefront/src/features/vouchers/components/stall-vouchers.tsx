import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { useStallVouchers } from "../api/vouchers";
import { voucherOffer } from "./voucher-text";
import styles from "./voucher-picker.module.css";

/** A stall's vouchers on its page: code, what it gives, the minimum and until when. Nothing when it has none. */
export function StallVouchers({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { vnd, dateTime } = useFormat();
  const vouchers = useStallVouchers(slug);
  if (!vouchers.data?.length) return null;
  return (
    <section className={styles.picker} aria-labelledby="stall-vouchers-title">
      <h2 id="stall-vouchers-title" className={styles.title}>
        {t("vouchers.stallTitle")}
      </h2>
      <ul className={styles.available}>
        {vouchers.data.map((v) => (
          <li key={v.code}>
            <div>
              <strong className={styles.code}>{v.code}</strong> · {voucherOffer(v, t, vnd)}
              <div className={styles.hint}>
                {v.minSubtotal > 0 && `${t("vouchers.minimum", { amount: vnd(v.minSubtotal) })} · `}
                {t("vouchers.until", { date: dateTime(v.endsAt) })}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
