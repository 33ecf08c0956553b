import { ApiError } from "@chophien/web";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useActingFor } from "@/shared/session/acting-store";
import { useSwitchActing } from "../api/switch-acting";
import styles from "./acting-banner.module.css";

/** The reason of a refused acting request (403 `acting_not_allowed`), if `err` is one. */
const refusalOf = (err: unknown) =>
  err instanceof ApiError && err.code === "acting_not_allowed" ? (err.body.reason ?? "no_grant") : null;

/**
 * Always on screen while a helper acts for a stall (the layout renders it above every page, sticky on scroll):
 * "Đang thao tác thay cho: Gian hàng …", and the way back to acting as oneself. When the API refuses a call for
 * the stall (the owner revoked the grant, it expired…) the banner says why, whatever page is open.
 */
export function ActingBanner({ onStop }: { onStop?: () => void }) {
  const { t } = useTranslation();
  const acting = useActingFor();
  const switchTo = useSwitchActing();
  const cache = useQueryClient().getQueryCache();
  // Remembered per stall: switching to another stall starts without a refusal.
  const [refused, setRefused] = useState<{ stallId: string; reason: string } | null>(null);
  const stallId = acting?.stallId;
  useEffect(
    () =>
      cache.subscribe((e) => {
        const reason = e.type === "updated" ? refusalOf(e.query.state.error) : null;
        if (reason && stallId) setRefused({ stallId, reason });
      }),
    [cache, stallId],
  );
  if (!acting) return null;
  const refusal = refused?.stallId === acting.stallId ? refused.reason : null;
  return (
    <div className={styles.banner} role="status" aria-live="polite" data-testid="acting-banner">
      <span>
        {t("helpers.banner.actingFor")} <strong>{acting.stallName}</strong>
        {refusal && <span className={styles.refusal}>{t(`helpers.refused.${refusal}`)}</span>}
      </span>
      <button
        type="button"
        className={styles.stop}
        onClick={() => {
          switchTo(null);
          onStop?.();
        }}
      >
        {t("helpers.banner.stop")}
      </button>
    </div>
  );
}
