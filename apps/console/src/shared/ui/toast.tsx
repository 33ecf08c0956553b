import { useSyncExternalStore } from "react";
import { Icon } from "./icon";
import styles from "./toast.module.css";

export interface Toast {
  id: number;
  message: string;
  tone: "success" | "error";
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const publish = (next: Toast[]) => {
  toasts = next;
  for (const l of listeners) l();
};

/** Shows a short confirmation for 4 s; the region announces it politely to screen readers. */
export function showToast(message: string, tone: Toast["tone"] = "success"): void {
  const id = nextId++;
  publish([...toasts, { id, message, tone }].slice(-3));
  setTimeout(() => dismissToast(id), 4000);
}

export function dismissToast(id: number): void {
  publish(toasts.filter((t) => t.id !== id));
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const snapshot = () => toasts;

/** Where toasts appear: above the phone's tab bar, bottom-centre. */
export function ToastRegion({ closeLabel }: { closeLabel: string }) {
  const items = useSyncExternalStore(subscribe, snapshot, snapshot);
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
