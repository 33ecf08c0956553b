import type {
  CheckoutResponse,
  LiveOrderRequest,
  LiveSessionList,
  LiveStreamEvent,
  PublicLiveSession,
  ShippingAddress,
  PaymentMethod,
} from "@chophien/contracts";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api } from "@/shared/api/api-client";

/** GET /api/live-sessions — sessions on air and to come. */
export const liveSessionsQuery = () =>
  queryOptions({
    queryKey: ["live-sessions"],
    queryFn: ({ signal }) => api<LiveSessionList>("/live-sessions", { signal }).then((r) => r.items),
  });
export const useLiveSessions = () => useQuery(liveSessionsQuery());

/** GET /api/live-sessions/:slug — one session with its offers. */
export const liveSessionQuery = (slug: string) =>
  queryOptions({
    queryKey: ["live-session", slug],
    queryFn: ({ signal }) => api<PublicLiveSession>(`/live-sessions/${encodeURIComponent(slug)}`, { signal }),
  });
export const useLiveSession = (slug: string) => useQuery(liveSessionQuery(slug));

/**
 * Keeps the session's cached answer current from its event stream (`pin`, `offer`, `status`); the browser's
 * EventSource reconnects by itself. Returns whether the stream is connected.
 */
export function useLiveStream(slug: string): boolean {
  const qc = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(`/api/live-sessions/${encodeURIComponent(slug)}/stream`);
    const update = (fn: (s: PublicLiveSession) => PublicLiveSession) =>
      qc.setQueryData<PublicLiveSession>(["live-session", slug], (s) => (s ? fn(s) : s));
    const on = <T extends LiveStreamEvent["type"]>(
      type: T,
      fn: (e: Omit<Extract<LiveStreamEvent, { type: T }>, "type">) => void,
    ) => source.addEventListener(type, (m) => fn(JSON.parse((m as MessageEvent<string>).data) as never));
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    on("pin", (e) =>
      update((s) => ({
        session: { ...s.session, pinnedOfferId: e.offerId },
        offers: s.offers.map((o) => ({ ...o, pinned: o.id === e.offerId })),
      })),
    );
    on("offer", (e) =>
      update((s) => ({ ...s, offers: s.offers.map((o) => (o.id === e.offerId ? { ...o, remaining: e.remaining } : o)) })),
    );
    on("status", (e) => {
      update((s) => ({ ...s, session: { ...s.session, status: e.status } }));
      // Starting moves the held units into the offers: read them again.
      if (e.status === "live") void qc.invalidateQueries({ queryKey: ["live-session", slug] });
    });
    return () => source.close();
  }, [qc, slug]);
  return connected;
}

/** POST /api/live-sessions/:slug/orders — one tap: the offer at its live price, through checkout. */
export function useBuyLive(slug: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: LiveOrderRequest; idempotencyKey: string }) =>
      api<CheckoutResponse>(`/live-sessions/${encodeURIComponent(slug)}/orders`, {
        method: "POST",
        body,
        headers: { "Idempotency-Key": idempotencyKey },
      }),
    onSettled: () => void qc.invalidateQueries({ queryKey: ["orders"] }),
  });
}

export interface LiveDraft {
  code: string;
  name: string;
  quantity: number;
  livePrice: number;
  productName: string;
  sessionTitle: string;
  status: "held" | "confirmed" | "expired";
  expiresAt: string;
}

/** GET /api/live-drafts?token= — the order a comment made. */
export const useLiveDraft = (token: string) =>
  useQuery({
    queryKey: ["live-draft", token],
    enabled: token.length > 0,
    queryFn: ({ signal }) => api<{ draft: LiveDraft }>("/live-drafts", { query: { token }, signal }).then((r) => r.draft),
  });

/** POST /api/live-drafts/confirm — the address and payment for a comment's order. */
export const useConfirmDraft = () =>
  useMutation({
    mutationFn: (body: { token: string; shippingAddress: ShippingAddress; paymentMethod: PaymentMethod }) =>
      api<CheckoutResponse>("/live-drafts/confirm", { method: "POST", body }),
  });
