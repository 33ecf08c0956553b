import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useLiveSession, useLiveStream } from "@/features/live/api/live";
import { BuyLive } from "@/features/live/components/buy-live";
import { Countdown } from "@/features/live/components/countdown";
import styles from "@/features/live/components/live.module.css";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { ErrorState } from "@/shared/ui/state-message";
import { PageSkeleton } from "../layout/page-skeleton";

/** /live/:slug — the stream link, the pinned offer large with its code, what is left, a countdown, one tap to buy. */
export function LiveSessionPage() {
  const { slug = "" } = useParams();
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const view = useLiveSession(slug);
  const connected = useLiveStream(slug);
  if (view.isPending) return <PageSkeleton />;
  if (view.isError) return <ErrorState onRetry={() => void view.refetch()} />;
  const { session, offers } = view.data;
  const pinned = offers.find((o) => o.pinned);
  const live = session.status === "live";
  return (
    <div className="container page">
      <PageMeta title={session.title} description={session.description ?? t("live.lead")} />
      <p>
        <span className={`${styles.badge} ${live ? styles.onAir : ""}`}>{t(`live.status.${session.status}`)}</span>{" "}
        <span className="muted" aria-live="polite">
          {live && (connected ? t("live.connected") : t("live.reconnecting"))}
        </span>
      </p>
      <h1>{session.title}</h1>
      {session.streamUrl && (
        <p>
          <a className="btn" href={session.streamUrl} target="_blank" rel="noopener noreferrer">
            {t("live.watch", { platform: t(`live.platform.${session.platform}`) })}
          </a>
        </p>
      )}
      {live ? (
        <Countdown to={session.endsAt} label={t("live.endsIn")} />
      ) : session.status === "scheduled" ? (
        <Countdown to={session.startsAt} label={t("live.startsIn")} />
      ) : null}
      {pinned && (
        <section className={styles.pinned} aria-labelledby="pinned-offer">
          <h2 id="pinned-offer" className={styles.code}>
            {pinned.code}
          </h2>
          <p>
            <Link to={paths.product(pinned.productSlug)}>{pinned.name}</Link>
          </p>
          <p>
            <span className={styles.price}>{vnd(pinned.livePrice)}</span>
            <span className={styles.regular}>{vnd(pinned.regularPrice)}</span>
          </p>
          <p aria-live="polite" data-testid="pinned-remaining">
            {t("live.remaining", { count: pinned.remaining })}
          </p>
          {live && <BuyLive slug={slug} offer={pinned} />}
        </section>
      )}
      <h2>{t("live.offers")}</h2>
      <ul className={styles.offers}>
        {offers.map((o) => (
          <li key={o.id} className={styles.offer}>
            <span>
              <strong>{o.code}</strong> {o.name}
            </span>
            <span>
              {vnd(o.livePrice)} · {t("live.remaining", { count: o.remaining })}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">{t("live.commentHint")}</p>
    </div>
  );
}
