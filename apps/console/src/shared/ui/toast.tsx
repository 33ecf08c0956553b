import { createToastStore } from "@chophien/web";
import { Icon } from "./icon";
import styles from "./toast.module.css";

export interface Toast {
  id: number;
  message: string;
  tone: "success" | "error";
}

const toasts = createToastStore<Omit<Toast, "id">>();

/** Shows a short confirmation for 4 s; the region announces it politely to screen readers. */
export function showToast(message: string, tone: Toast["tone"] = "success"): void {
  toasts.show({ message, tone });
}

export const dismissToast = toasts.dismiss;

/** Where toasts appear: above the phone's tab bar, bottom-centre. */
export function ToastRegion({ closeLabel }: { closeLabel: string }) {
  const items = toasts.useToasts();
  return (
    <div className={styles.region} role="status" aria-live="polite">
      {items.map((t) => (
        <div key={t.id} className={t.tone === "error" ? styles.error : styles.success}>
          <Icon name={t.tone === "error" ? "alert" : "check"} size={20} />
          <span className={styles.message}>{t.message}</span>
          <button type="button" className={styles.close} onClick={() => dismissToast(t.id)} aria-label={closeLabel}>
            <Icon name="close" size={18} />
          </button>
        </div>
      ))}
    </div>
  );
}
