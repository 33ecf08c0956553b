import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import styles from "./dialog.module.css";

interface Props {
  open: boolean;
  title: string;
  /** What will happen, in plain words. */
  body?: ReactNode;
  /** Extra fields (a reason, a tracking number); their values reach `onConfirm` as FormData. */
  children?: ReactNode;
  confirmLabel: string;
  tone?: "danger" | "primary";
  busy?: boolean;
  /** A failure of the confirmed action, shown above the buttons. */
  error?: string | null;
  onConfirm: (data: FormData) => void;
  onClose: () => void;
}

/**
 * A modal `<dialog>` that asks before a step that cannot be undone (or needs a few words): focus is trapped by the
 * browser and Escape cancels. Extra fields are checked by the caller in `onConfirm`, which shows their errors inline.
 */
export function ConfirmDialog({
  open,
  title,
  body,
  children,
  confirmLabel,
  tone = "primary",
  busy,
  error,
  onConfirm,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    // React bubbles events through portals: the editor's own form around this one must not submit too.
    e.stopPropagation();
    onConfirm(new FormData(e.currentTarget));
  };

  // In <body>, not where it is declared: a dialog's <form> inside a page's <form> would be invalid HTML.
  return createPortal(
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId} onClose={onClose}>
      {open && (
        <form className={styles.form} onSubmit={submit} noValidate>
          <h2 id={titleId} className={styles.title}>
            {title}
          </h2>
          {body && <div className={styles.body}>{body}</div>}
          {children}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className={styles.actions}>
            <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>
              {t("common.cancel")}
            </button>
            <button type="submit" className={tone === "danger" ? "btn btn-danger-solid" : "btn btn-primary"} disabled={busy}>
              {busy ? t("common.working") : confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>,
    document.body,
  );
}
