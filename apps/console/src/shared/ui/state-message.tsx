import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Icon, type IconName } from "./icon";
import styles from "./state-message.module.css";

/** A placeholder while data loads: grey bars the size of what is coming, announced once as "Loading…". */
export function LoadingState({ rows = 4, label }: { rows?: number; label?: string }) {
  const { t } = useTranslation();
  return (
    <div className={styles.loading} role="status" aria-live="polite">
      <span className="visually-hidden">{label ?? t("common.loading")}</span>
      {Array.from({ length: rows }, (_, i) => (
        <span key={i} className={styles.bar} aria-hidden="true" />
      ))}
    </div>
  );
}

/** A friendly empty state with the next step, never a blank area. */
export function EmptyState({
  icon = "leaf",
  title,
  children,
  action,
}: {
  icon?: IconName;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={styles.box}>
      <span className={styles.icon}>
        <Icon name={icon} size={30} />
      </span>
      <h2 className={styles.title}>{title}</h2>
      {children && <div className={styles.body}>{children}</div>}
      {action}
    </div>
  );
}

/** A load failure with a retry; announced to screen readers. */
export function ErrorState({ onRetry, title, message }: { onRetry?: () => void; title?: string; message?: string }) {
  const { t } = useTranslation();
  return (
    <div className={styles.box} role="alert">
      <span className={styles.iconError}>
        <Icon name="alert" size={30} />
      </span>
      <h2 className={styles.title}>{title ?? t("errors.loadTitle")}</h2>
      <p className={styles.body}>{message ?? t("errors.loadBody")}</p>
      {onRetry && (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}
