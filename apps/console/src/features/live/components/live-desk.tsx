import type { LiveOffer, SellerProduct } from "@chophien/contracts";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { TextAreaField } from "@/shared/ui/field";
import { useFormat } from "@/shared/i18n/use-format";
import { ErrorState } from "@/shared/ui/state-message";
import { showToast } from "@/shared/ui/toast";
import { type LiveArea, useLiveActions, useLiveDesk, useLiveReport } from "../api/live";
import { OfferForm, ViewersForm } from "./live-forms";
import { LiveReport } from "./live-report";

const message = (e: unknown, fallback: string) => (e instanceof Error ? e.message : fallback);

/** One session's desk: offers, go live, pin, paste comments, end, and the report with its chart. */
export function LiveDesk({
  area,
  id,
  products,
  stallId,
}: {
  area: LiveArea;
  id: string;
  products: SellerProduct[];
  stallId?: string;
}) {
  const { t } = useTranslation();
  const desk = useLiveDesk(area, id);
  const act = useLiveActions(area, id);
  const done = desk.data?.session.status === "ended";
  const host = area === "admin" || desk.data?.session.hostStallId === stallId;
  const joined = desk.data?.session.stalls.some((s) => s.stallId === stallId && s.status === "accepted");
  // The host reads the whole report; an invited stall that accepted, its own part.
  const report = useLiveReport(area, id, done && (host || !!joined));
  const [lines, setLines] = useState("");
  const [result, setResult] = useState<{ created: number; rejected: { line: string; reason: string }[] } | null>(null);

  if (desk.isError) return <ErrorState onRetry={() => void desk.refetch()} />;
  if (!desk.data) return <p aria-busy="true">{t("live.loading")}</p>;
  const { session, offers } = desk.data;
  const mine = session.stalls.find((s) => s.stallId === stallId);
  const hosting = area === "admin" || session.hostStallId === stallId;
  const fail = (e: unknown) => showToast(message(e, t("live.failed")), "error");

  return (
    <>
      <p>
        <strong>{t(`live.status.${session.status}`)}</strong> · {t("live.publicLink")}{" "}
        <a href={`/live/${session.slug}`}>/live/{session.slug}</a>
      </p>
      {mine?.status === "invited" && (
        <button type="button" className="btn btn-primary" onClick={() => act.accept.mutate(undefined, { onError: fail })}>
          {t("live.accept")}
        </button>
      )}
      {hosting && session.status === "scheduled" && (
        <button type="button" className="btn btn-primary" onClick={() => act.start.mutate(undefined, { onError: fail })}>
          {t("live.goLive")}
        </button>
      )}
      {hosting && session.status === "live" && (
        <button type="button" className="btn" onClick={() => act.end.mutate(undefined, { onError: fail })}>
          {t("live.end")}
        </button>
      )}

      <section aria-labelledby="live-offers">
        <h2 id="live-offers">{t("live.offers")}</h2>
        <OffersTable
          offers={offers}
          pinned={session.pinnedOfferId}
          canPin={hosting && session.status !== "ended"}
          onPin={(o) => act.pin.mutate(o, { onError: fail })}
        />
        {session.status === "scheduled" && (mine?.status === "accepted" || area === "seller") && products.length > 0 && (
          <OfferForm
            products={products}
            onAdd={(b) => act.addOffer.mutate(b, { onError: fail, onSuccess: () => showToast(t("live.offerAdded")) })}
          />
        )}
      </section>

      {hosting && session.status === "live" && (
        <section aria-labelledby="live-comments">
          <h2 id="live-comments">{t("live.comments")}</h2>
          <form
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              act.comments.mutate(
                lines.split("\n").filter((l) => l.trim()),
                { onSuccess: (r) => (setResult(r), setLines("")), onError: fail },
              );
            }}
          >
            <TextAreaField
              label={t("live.pasteComments")}
              hint={t("live.commentsHint")}
              name="comments"
              rows={6}
              value={lines}
              onChange={(e) => setLines(e.target.value)}
            />
            <button type="submit" className="btn btn-primary" disabled={!lines.trim()}>
              {t("live.makeDrafts")}
            </button>
          </form>
          {result && (
            <div role="status">
              <p>{t("live.draftsMade", { count: result.created })}</p>
              {result.rejected.length > 0 && (
                <ul>
                  {result.rejected.map((r) => (
                    <li key={r.line} style={{ overflowWrap: "anywhere" }}>
                      <code>{r.line}</code> — {r.reason}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </section>
      )}

      {hosting && (session.status === "live" || done) && (
        <ViewersForm
          onSave={(b) => act.viewers.mutate(b, { onError: fail, onSuccess: () => showToast(t("live.viewersSaved")) })}
        />
      )}

      {done && report.data && <LiveReport area={area} id={id} report={report.data} part={!hosting} />}
    </>
  );
}

function OffersTable({
  offers,
  pinned,
  canPin,
  onPin,
}: {
  offers: LiveOffer[];
  pinned: string | null;
  canPin: boolean;
  onPin: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  if (!offers.length) return <p className="muted">{t("live.noOffers")}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t("live.offers")}>
      <table className="table table-cards">
        <thead>
          <tr>
            <th scope="col">{t("live.code")}</th>
            <th scope="col">{t("live.product")}</th>
            <th scope="col">{t("live.livePrice")}</th>
            <th scope="col">{t("live.remaining")}</th>
            <th scope="col">{t("live.pin")}</th>
          </tr>
        </thead>
        <tbody>
          {offers.map((o) => (
            <tr key={o.id}>
              <td data-label={t("live.code")}>
                <strong>{o.code}</strong>
              </td>
              <td data-label={t("live.product")}>
                {o.name}
                {o.short && <span className="muted"> · {t("live.short", { held: o.held, asked: o.quantity })}</span>}
              </td>
              <td data-label={t("live.livePrice")}>
                {vnd(o.livePrice)} <s className="muted">{vnd(o.regularPrice)}</s>
              </td>
              <td data-label={t("live.remaining")}>{o.remaining}</td>
              <td data-label={t("live.pin")}>
                {o.id === pinned ? (
                  <span>{t("live.pinned")}</span>
                ) : canPin ? (
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    onClick={() => onPin(o.id)}
                    aria-label={t("live.pinCode", { code: o.code })}
                  >
                    {t("live.pin")}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
