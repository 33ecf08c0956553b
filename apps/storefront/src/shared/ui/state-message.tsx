import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Icon, type IconName } from "./icon";
import styles from "./state-message.module.css";

interface Props {
  icon?: IconName;
  title: string;
  children?: ReactNode;
  /** A retry or a way out (a link or a button). */
  action?: ReactNode;
}

/** A friendly empty or "nothing found" state, never a blank area. */
export function EmptyState({ icon = "leaf", title, children, action }: Props) {
  return (
    <div className={styles.box}>
      <span className={styles.icon}>
        <Icon name={icon} size={32} />
      </span>
      <h2 className={styles.title}>{title}</h2>
      {children && <div className={styles.body}>{children}</div>}
      {action}
    </div>
  );
}

/** A load failure with a retry; announced to screen readers. */
export function ErrorState({ onRetry, title }: { onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  return (
    <div className={styles.box} role="alert">
      <span className={styles.iconError}>
        <Icon name="alert" size={32} />
      </span>
      <h2 className={styles.title}>{title ?? t("error.title")}</h2>
      <p className={styles.body}>{t("error.body")}</p>
      {onRetry && (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {t("error.retry")}
        </button>
      )}
    </div>
  );
}
