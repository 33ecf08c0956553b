import { useTranslation } from "react-i18next";
import { useActingFor } from "@/shared/session/acting-store";
import { useSwitchActing } from "../api/switch-acting";
import styles from "./acting-banner.module.css";

/**
 * Always on screen while a helper acts for a stall (the layout renders it above every page, sticky on scroll):
 * "Đang thao tác thay cho: Gian hàng …", and the way back to acting as oneself.
 */
export function ActingBanner({ onStop }: { onStop?: () => void }) {
  const { t } = useTranslation();
  const acting = useActingFor();
  const switchTo = useSwitchActing();
  if (!acting) return null;
  return (
    <div className={styles.banner} role="status" aria-live="polite" data-testid="acting-banner">
      <span>
        {t("helpers.banner.actingFor")} <strong>{acting.stallName}</strong>
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
