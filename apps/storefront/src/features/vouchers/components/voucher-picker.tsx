import type { VoucherOutcome } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BuyNowLine } from "@/shared/lib/buy-now";
import { useCartVouchers, useVoucherPreview } from "../api/vouchers";
import { voucherOffer } from "./voucher-text";
import styles from "./voucher-picker.module.css";

interface Props {
  /** The codes chosen so far (sent with the order). */
  codes: string[];
  onChange: (codes: string[]) => void;
  /** The destination province, for the fees the preview prices. */
  province?: string;
  /** "Mua ngay": the one line bought, instead of the cart. */
  buyNow?: BuyNowLine | undefined;
}

/**
 * "Chọn mã giảm giá": type a code or pick one the cart can use; shows what each saves, or why it does not apply
 * (the server's preview, the same computation as checkout). Refused codes stay listed until removed.
 */
export function VoucherPicker({ codes, onChange, province, buyNow }: Props) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const [draft, setDraft] = useState("");
  const list = useCartVouchers(province, buyNow);
  const preview = useVoucherPreview(codes, province, buyNow);
  const outcomes = preview.data?.codes ?? [];
  const outcomeOf = (code: string) => outcomes.find((o) => o.code === code.toUpperCase());

  const add = (code: string) => {
    const c = code.trim().toUpperCase();
    if (c && !codes.includes(c)) onChange([...codes, c]);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add(draft);
    setDraft("");
  };
  const why = (o: VoucherOutcome) => (o.reason ? t(`vouchers.reason.${o.reason}`) : "");
  const saving = preview.data?.discountTotal ?? 0;

  return (
    <section className={styles.picker} aria-labelledby="voucher-picker-title">
      <h3 id="voucher-picker-title" className={styles.title}>
        {t("vouchers.choose")}
      </h3>
      <form className={styles.enter} onSubmit={submit}>
        <label htmlFor="voucher-code" className="visually-hidden">
          {t("vouchers.codeLabel")}
        </label>
        <input
          id="voucher-code"
          className="input"
          value={draft}
          maxLength={32}
          autoCapitalize="characters"
          placeholder={t("vouchers.codePlaceholder")}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="btn btn-secondary" disabled={!draft.trim()}>
          {t("vouchers.apply")}
        </button>
      </form>

      {codes.length > 0 && (
        <ul className={styles.chosen} aria-label={t("vouchers.chosen")}>
          {codes.map((code) => {
            const o = outcomeOf(code);
            return (
              <li key={code} className={o?.status === "refused" ? styles.refused : styles.applied}>
                <span className={styles.code}>{code}</span>
                <span role="status">
                  {!o
                    ? t("vouchers.checking")
                    : o.status === "applied"
                      ? t("vouchers.saves", { amount: vnd(o.discount) })
                      : why(o)}
                </span>
                <button
                  type="button"
                  className="btn btn-ghost"
                  aria-label={t("vouchers.remove", { code })}
                  onClick={() => onChange(codes.filter((c) => c !== code))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {saving > 0 && <p className={styles.saving}>{t("vouchers.totalSaving", { amount: vnd(saving) })}</p>}

      {list.data && list.data.items.length > 0 && (
        <ul className={styles.available} aria-label={t("vouchers.available")}>
          {list.data.items.map(({ voucher, outcome }) => (
            <li key={`${voucher.stallId ?? "platform"}-${voucher.code}`}>
              <div>
                <strong>{voucher.code}</strong> · {voucherOffer(voucher, t, vnd)}
                <div className={styles.hint}>
                  {outcome.status === "applied" ? t("vouchers.saves", { amount: vnd(outcome.discount) }) : why(outcome)}
                </div>
              </div>
              <button
                type="button"
                className="btn btn-secondary"
                disabled={outcome.status !== "applied" || codes.includes(voucher.code)}
                onClick={() => add(voucher.code)}
              >
                {codes.includes(voucher.code) ? t("vouchers.inUse") : t("vouchers.use")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
