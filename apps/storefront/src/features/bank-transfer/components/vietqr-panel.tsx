import { formatVnd, type VietQr } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import styles from "./vietqr-panel.module.css";

/** A copy button that says "copied" for a moment; copying fails quietly where the clipboard is refused. */
function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const copy = () => {
    void navigator.clipboard
      ?.writeText(value)
      .then(() => {
        setDone(true);
        setTimeout(() => setDone(false), 2000);
      })
      .catch(() => {});
  };
  return (
    <button type="button" className="btn btn-secondary" onClick={copy} aria-label={t("vietqr.copyWhat", { what: label })}>
      {done ? t("vietqr.copied") : t("vietqr.copy")}
    </button>
  );
}

/**
 * The bank-transfer page's heart: the QR to scan in any banking app, and — for typing by hand — the amount and the
 * note (both big: a wrong note means a transfer the market must match by hand), account and bank.
 */
export function VietQrPanel({ qr, orderCode, sandboxUrl }: { qr: VietQr; orderCode: string; sandboxUrl?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <section className={styles.panel} aria-labelledby="vietqr-title">
      <h1 id="vietqr-title">{t("vietqr.title")}</h1>
      <p>{t("vietqr.lead", { code: orderCode })}</p>
      <img
        className={styles.qr}
        src={qr.imageUrl}
        alt={t("vietqr.qrAlt", { amount: formatVnd(qr.amount) })}
        width={280}
        height={280}
      />
      <dl className={styles.facts}>
        <div className={styles.big}>
          <dt>{t("vietqr.amount")}</dt>
          <dd>
            <strong data-testid="vietqr-amount">{formatVnd(qr.amount)}</strong>
            <CopyButton value={String(qr.amount)} label={t("vietqr.amount")} />
          </dd>
        </div>
        <div className={styles.big}>
          <dt>{t("vietqr.note")}</dt>
          <dd>
            <strong data-testid="vietqr-note">{qr.note}</strong>
            <CopyButton value={qr.note} label={t("vietqr.note")} />
          </dd>
        </div>
        <div>
          <dt>{t("vietqr.account")}</dt>
          <dd>
            <span>{qr.accountNo}</span>
            <CopyButton value={qr.accountNo} label={t("vietqr.account")} />
          </dd>
        </div>
        <div>
          <dt>{t("vietqr.accountName")}</dt>
          <dd>{qr.accountName}</dd>
        </div>
        <div>
          <dt>{t("vietqr.bank")}</dt>
          <dd>{qr.bankBin}</dd>
        </div>
      </dl>
      <p className={styles.warn}>{t("vietqr.noteWarning")}</p>
      <p>
        {t("vietqr.expires", {
          time: new Date(qr.expiresAt).toLocaleTimeString("vi-VN", {
            timeZone: "Asia/Ho_Chi_Minh",
            hour: "2-digit",
            minute: "2-digit",
          }),
        })}
      </p>
      {sandboxUrl && (
        <a className="btn btn-primary btn-block" href={sandboxUrl}>
          {t("vietqr.sandbox")}
        </a>
      )}
    </section>
  );
}
