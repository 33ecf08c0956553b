import type { OcopCertificate } from "@chophien/contracts";
import { useTranslation } from "react-i18next";

/** YYYY-MM-DD as dd/mm/yyyy. */
export const dayMonthYear = (day: string) => day.split("-").reverse().join("/");

/** Days from today (GMT+7) to `day`; negative once past. */
export function daysUntil(day: string, now = new Date()): number {
  const today = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return Math.round((Date.parse(day) - Date.parse(today)) / 86_400_000);
}

/** The certificate's status, with an expiry warning within 90 days. */
export function CertificateStatus({ certificate, now }: { certificate: OcopCertificate; now?: Date }) {
  const { t } = useTranslation();
  const left = daysUntil(certificate.validUntil, now);
  return (
    <p>
      <strong>{t(`ocopCertificates.status.${certificate.status}`)}</strong>
      {" · "}
      {t("ocopCertificates.validUntil", { date: dayMonthYear(certificate.validUntil) })}
      {certificate.status === "verified" && left <= 90 && (
        <span role="status"> · {t("ocopCertificates.expiresIn", { count: left })}</span>
      )}
      {certificate.reason && certificate.status !== "submitted" && <> · {certificate.reason}</>}
    </p>
  );
}
