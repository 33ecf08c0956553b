import type { Review } from "@chophien/contracts";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { errorMessage } from "@/shared/lib/error-message";
import { TextAreaField } from "@/shared/ui/field";
import { showToast } from "@/shared/ui/toast";
import { useReplyToReview } from "../api/reply-review";
import styles from "./reviews.module.css";

/** One review: stars, words and photo, the product it is about, and the stall's reply (or a box to write it). */
export function ReviewCard({ review, productName }: { review: Review; productName?: string }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const reply = useReplyToReview();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (trimmed.length < 2) return setError(t("validation.minLength", { count: 2 }));
    setError(null);
    reply.mutate({ id: review.id, text: trimmed }, { onSuccess: () => showToast(t("reviews.replied")) });
  };

  return (
    <article className={`card ${styles.card}`}>
      <header className={styles.head}>
        <span className={styles.stars} role="img" aria-label={t("reviews.rating", { n: review.rating })}>
          {"★".repeat(review.rating)}
          <span className={styles.starsOff}>{"★".repeat(5 - review.rating)}</span>
        </span>
        <strong>{review.authorName}</strong>
        <span className="muted">{dateTime(review.createdAt)}</span>
        {review.hidden && <span className="badge badge-grey">{t("reviews.hidden")}</span>}
      </header>
      {productName && <p className={styles.product}>{productName}</p>}
      {review.text ? <p>{review.text}</p> : <p className="muted">{t("reviews.noText")}</p>}
      {review.image && (
        <img className={styles.photo} src={review.image.variants[0]?.url ?? review.image.url} alt={t("reviews.photoAlt")} />
      )}
      {review.reply ? (
        <div className={styles.reply}>
          <strong>{t("reviews.yourReply")}</strong>
          {review.repliedAt && <span className="muted"> · {dateTime(review.repliedAt)}</span>}
          <p>{review.reply}</p>
        </div>
      ) : (
        <form className={styles.replyForm} onSubmit={submit} noValidate>
          <TextAreaField
            label={t("reviews.replyLabel")}
            hint={t("reviews.replyHint")}
            rows={2}
            maxLength={2000}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={error ?? (reply.isError ? errorMessage(reply.error, t, { conflict: t("reviews.alreadyReplied") }) : null)}
          />
          <button type="submit" className="btn btn-primary" disabled={reply.isPending}>
            {reply.isPending ? t("common.sending") : t("reviews.send")}
          </button>
        </form>
      )}
    </article>
  );
}
