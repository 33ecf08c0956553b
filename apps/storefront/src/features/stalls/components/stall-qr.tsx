import { useQuery } from "@tanstack/react-query";
import QRCode from "qrcode";
import { useTranslation } from "react-i18next";
import { cx } from "@/shared/lib/cx";
import { Icon } from "@/shared/ui/icon";
import styles from "./stall-qr.module.css";

/** The QR code for a URL as a PNG data URL, rendered once at print resolution and shared by card and poster. */
function useQrDataUrl(url: string) {
  return useQuery({
    queryKey: ["qr", url],
    queryFn: () =>
      QRCode.toDataURL(url, { margin: 1, width: 640, errorCorrectionLevel: "M", color: { dark: "#0f3d26", light: "#ffffff" } }),
    staleTime: Infinity,
  });
}

/** On screen: a small QR to the stall's page with a print button. */
export function StallQrCard({ name, url }: { name: string; url: string }) {
  const { t } = useTranslation();
  const qr = useQrDataUrl(url);
  return (
    <section className={styles.card} aria-labelledby="stall-qr-title">
      <div className={styles.code}>
        {qr.data ? (
          <img src={qr.data} width={120} height={120} alt={t("stall.qrAlt", { name })} />
        ) : (
          <span className={styles.placeholder} />
        )}
      </div>
      <div className={styles.text}>
        <h2 id="stall-qr-title" className={styles.title}>
          {t("stall.qrTitle")}
        </h2>
        <p className={styles.hint}>{t("stall.qrHint")}</p>
        <button type="button" className="btn btn-secondary" onClick={() => window.print()} disabled={!qr.data}>
          <Icon name="print" size={18} />
          {t("stall.print")}
        </button>
      </div>
    </section>
  );
}

/**
 * The printed poster for the market-day table: hidden on screen; in print it is the only thing left on a page
 * marked `print-poster-page` (it must be that element's direct child): name, a QR scannable from across the table.
 */
export function StallQrPoster({ name, province, url }: { name: string; province: string; url: string }) {
  const { t } = useTranslation();
  const qr = useQrDataUrl(url);
  if (!qr.data) return null;
  return (
    <div className={cx(styles.poster, "print-poster")} aria-hidden="true">
      <p className={styles.posterBrand}>{t("brand")}</p>
      <p className={styles.posterName}>{name}</p>
      <p className={styles.posterProvince}>{province}</p>
      <img className={styles.posterCode} src={qr.data} width={640} height={640} alt="" />
      <p className={styles.posterCall}>{t("stall.posterCall")}</p>
      <p className={styles.posterUrl}>{url}</p>
    </div>
  );
}
