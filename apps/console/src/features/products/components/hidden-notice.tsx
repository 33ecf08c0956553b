import type { SellerProduct } from "@chophien/contracts";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/shared/lib/error-message";
import { formText } from "@/shared/lib/form-text";
import { useFormat } from "@/shared/i18n/use-format";
import { TextAreaField } from "@/shared/ui/field";
import { Icon } from "@/shared/ui/icon";
import { useRequestReview } from "../api/request-review";
import styles from "./hidden-notice.module.css";

/**
 * Says plainly that the market's admins have taken this product off the market, with their reason: shoppers
 * cannot see or buy it, the seller can still edit it, and once it is fixed asks the admins to look again (with
 * an optional note) — after that it says the request is waiting. A warning, not an error.
 */
export function HiddenNotice({ productId, hidden }: { productId: string; hidden: NonNullable<SellerProduct["hidden"]> }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const titleId = useId();
  const request = useRequestReview();
  const [asking, setAsking] = useState(false);
  // Keyboard focus follows the notice as it changes: into the form, back to the button, onto the confirmation.
  const form = useRef<HTMLFormElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const waiting = useRef<HTMLParagraphElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    if (asking) form.current?.querySelector("textarea")?.focus();
    else (hidden.reviewRequestedAt ? waiting.current : askButton.current)?.focus();
  }, [asking, hidden.reviewRequestedAt]);
  const ask = (open: boolean) => {
    moved.current = true;
    setAsking(open);
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const note = formText(new FormData(e.currentTarget), "note").trim();
    request.mutate({ id: productId, note: note || undefined }, { onSuccess: () => ask(false) });
  };

  return (
    <section className={styles.notice} aria-labelledby={titleId}>
      <Icon name="alert" className={styles.icon} />
      <div className={styles.body}>
        <h2 id={titleId} className={styles.title}>
          {t("product.hidden.title")}
        </h2>
        <p>{t("product.hidden.body")}</p>
        <blockquote className={styles.reason}>
          <span className="visually-hidden">{t("product.hidden.reasonLabel")}: </span>
          {hidden.reason}
        </blockquote>
        <p className={styles.since}>{t("product.hidden.since", { date: dateTime(hidden.at) })}</p>
        {hidden.reviewRequestedAt ? (
          <p className={styles.waiting} role="status" ref={waiting} tabIndex={-1}>
            <Icon name="clock" size={18} />
            {t("product.hidden.requested", { date: dateTime(hidden.reviewRequestedAt) })}
          </p>
        ) : asking ? (
          <form ref={form} className={styles.ask} onSubmit={submit} aria-label={t("product.hidden.askLabel")}>
            <TextAreaField
              label={t("product.hidden.noteLabel")}
              hint={t("product.hidden.noteHint")}
              name="note"
              rows={3}
              maxLength={1000}
            />
            {request.error ? (
              <p className="field-error" role="alert">
                {errorMessage(request.error, t)}
              </p>
            ) : null}
            <div className={styles.actions}>
              <button type="submit" className="btn btn-primary" disabled={request.isPending}>
                {request.isPending ? t("common.sending") : t("product.hidden.send")}
              </button>
              <button type="button" className="btn btn-ghost" onClick={() => ask(false)}>
                {t("common.cancel")}
              </button>
            </div>
          </form>
        ) : (
          <>
            <p>{t("product.hidden.next")}</p>
            <button ref={askButton} type="button" className="btn btn-secondary" onClick={() => ask(true)}>
              {t("product.hidden.ask")}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
