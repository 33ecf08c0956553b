/** Vietnam's time zone: every date a person sees is shown in GMT+7, whatever the device's zone. */
export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh";

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 });

/** Integer đồng → `120.000 ₫` (the same in both languages: prices are Vietnamese). */
export function formatVnd(dong: number): string {
  return vnd.format(dong).replace(/\u00a0/g, " ");
}

/** An ISO instant → date and time in GMT+7: `20:46 28/11/2026` (vi) or `28/11/2026, 20:46` (en). */
export function formatDateTime(iso: string | Date, lang: "vi" | "en" = "vi"): string {
  return new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", {
    timeZone: VN_TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(typeof iso === "string" ? new Date(iso) : iso);
}
