import type {
  CreateLiveOfferRequest,
  CreateLiveSessionRequest,
  LiveCommentsResponse,
  LiveReport,
  LiveSession,
  LiveSessionList,
  SellerLiveSession,
} from "@chophien/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** Where the desk talks to: a stall's own sessions, or (admins) the market's. */
export type LiveArea = "seller" | "admin";

/** GET /api/{seller|admin}/live-sessions */
export const useLiveSessions = (area: LiveArea) =>
  useQuery({
    queryKey: ["live", area],
    queryFn: ({ signal }) => api<LiveSessionList>(`/${area}/live-sessions`, { signal }).then((r) => r.items),
  });

/** GET /api/{seller|admin}/live-sessions/:id — the session with every offer. */
export const useLiveDesk = (area: LiveArea, id: string) =>
  useQuery({
    queryKey: ["live", area, id],
    queryFn: ({ signal }) => api<SellerLiveSession>(`/${area}/live-sessions/${id}`, { signal }),
    // While live, remaining units move with every purchase.
    refetchInterval: (q) => (q.state.data?.session.status === "live" ? 5000 : false),
  });

/** GET …/report */
export const useLiveReport = (area: LiveArea, id: string, enabled: boolean) =>
  useQuery({
    queryKey: ["live", area, id, "report"],
    enabled,
    queryFn: ({ signal }) => api<LiveReport>(`/${area}/live-sessions/${id}/report`, { signal }),
  });

/** POST /api/{seller|admin}/live-sessions — plan a session. */
export function usePlanSession(area: LiveArea) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateLiveSessionRequest) =>
      api<{ session: LiveSession }>(`/${area}/live-sessions`, { method: "POST", body }).then((r) => r.session),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["live", area] }),
  });
}

/** The host's and stalls' actions on one session: offers, start, pin, comments, end, invite, accept. */
export function useLiveActions(area: LiveArea, id: string) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ["live", area, id] });
  const post = <T>(path: string, body: object = {}) => api<T>(`/${area}/live-sessions/${id}${path}`, { method: "POST", body });
  return {
    addOffer: useMutation({ mutationFn: (b: CreateLiveOfferRequest) => post("/offers", b), onSuccess: done }),
    start: useMutation({ mutationFn: () => post("/start"), onSuccess: done }),
    end: useMutation({ mutationFn: () => post("/end"), onSuccess: done }),
    pin: useMutation({ mutationFn: (offerId: string) => post("/pin", { offerId }), onSuccess: done }),
    invite: useMutation({ mutationFn: (stallId: string) => post("/invitations", { stallId }), onSuccess: done }),
    accept: useMutation({
      mutationFn: () => api(`/seller/live-sessions/${id}/accept`, { method: "POST", body: {} }),
      onSuccess: done,
    }),
    comments: useMutation({
      mutationFn: (lines: string[]) => post<LiveCommentsResponse>("/comments", { lines }),
      onSuccess: done,
    }),
    viewers: useMutation({
      mutationFn: (b: { viewersPeak?: number; viewersUnique?: number }) =>
        api(`/${area}/live-sessions/${id}`, { method: "PATCH", body: b }),
      onSuccess: done,
    }),
  };
}
