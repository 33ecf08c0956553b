import { ApiError } from "@chophien/web";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "@/shared/ui/icon";
import { useCreateReview } from "../api/create-review";
import styles from "./review-form.module.css";

/**
 * Rate a received product: five star radios (keyboard arrows work, as for any radio group) and a few words.
 * A product the buyer has `reviewed` already says so instead.
 */
export function ReviewForm({
  productId,
  productName,
  reviewed = false,
}: {
  productId: string;
  productName: string;
  reviewed?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateReview();
  const [open, setOpen] = useState(false);
  const [rating, setRating] = useState(0);
  const [text, setText] = useState("");
  const [missing, setMissing] = useState(false);

  if (reviewed || create.isSuccess || (create.error instanceof ApiError && create.error.status === 409))
    return (
      <p className={styles.done} role="status">
        <Icon name="check" size={18} />
        {create.isSuccess ? t("reviews.thanks") : t("reviews.already")}
      </p>
    );
  if (!open)
    return (
      <button type="button" className={`btn btn-secondary ${styles.open}`} onClick={() => setOpen(true)}>
        {t("reviews.write")}
      </button>
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!rating) return setMissing(true);
    create.mutate({ productId, rating, ...(text.trim() ? { text: text.trim() } : {}) });
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label={t("reviews.formLabel", { name: productName })}>
      <fieldset className={styles.stars} aria-describedby={missing ? `${id}-err` : undefined}>
        <legend className="field-label">{t("reviews.yourRating")}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className={styles.star}>
            <input
              type="radio"
              name={`${id}-rating`}
              value={n}
              checked={rating === n}
              onChange={() => {
                setRating(n);
                setMissing(false);
              }}
            />
            <span aria-hidden="true" className={n <= rating ? styles.on : styles.off}>
              ★
            </span>
            <span className="visually-hidden">{t("reviews.stars", { count: n })}</span>
          </label>
        ))}
      </fieldset>
      {missing && (
        <p id={`${id}-err`} className="field-error">
          {t("reviews.pickRating")}
        </p>
      )}
      <label className="field">
        <span className="field-label">{t("reviews.text")}</span>
        <textarea className="input" maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {create.isError && (
        <p className="alert alert-error" role="alert">
          {!(create.error instanceof ApiError)
            ? t("error.body")
            : create.error.code === "self_review"
              ? t("reviews.ownStall")
              : create.error.status === 403
                ? t("reviews.notAllowed")
                : t("error.body")}
        </p>
      )}
      <div className={styles.buttons}>
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {t("reviews.submit")}
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
