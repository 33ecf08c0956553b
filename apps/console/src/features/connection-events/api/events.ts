import type {
  AdminConnectionEvent,
  AdminConnectionEventList,
  CreateConnectionEventRequest,
  DemandList,
  EventStatus,
  PublicDemand,
  SellerConnectionEvent,
  SellerConnectionEventList,
  UpdateConnectionEventRequest,
} from "@chophien/contracts";
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

export interface EventFilters {
  status?: EventStatus;
  page?: number;
  limit?: number;
}
type One = { event: AdminConnectionEvent };

/** GET /api/admin/events?status&page&limit — every event, drafts and cancelled too, newest start first. */
export const useAdminEvents = (filters: EventFilters) =>
  useQuery({
    queryKey: ["admin-events", filters],
    queryFn: ({ signal }) => api<AdminConnectionEventList>("/admin/events", { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });

/** GET /api/admin/events/:id — one event with the ids of the demands it presents. */
export const useAdminEvent = (id: string | undefined) =>
  useQuery({
    queryKey: ["admin-event", id],
    queryFn: ({ signal }) => api<One>(`/admin/events/${id}`, { signal }).then((r) => r.event),
    enabled: !!id,
  });

/** GET /api/demands?status=open — the open demands an admin may present (60 newest). */
export const useOpenDemands = (enabled: boolean) =>
  useQuery({
    queryKey: ["open-demands"],
    queryFn: ({ signal }) => api<DemandList>("/demands", { query: { status: "open", limit: 60 }, signal }),
    enabled,
  });

/** The presented demands by id (GET /api/demands/:id each, shared with the demand pages' cache), kept by id. */
export function usePresentedDemands(ids: string[]): Map<string, PublicDemand> {
  const results = useQueries({
    queries: [...new Set(ids)].map((id) => ({
      queryKey: ["demand", id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api<{ demand: PublicDemand }>(`/demands/${id}`, { signal }).then((r) => r.demand),
    })),
  });
  return new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data] as const] : [])));
}

/** After a change: the event's new state, and every list is stale. */
function remember(qc: QueryClient, event: AdminConnectionEvent): void {
  qc.setQueryData(["admin-event", event.id], event);
  void qc.invalidateQueries({ queryKey: ["admin-events"] });
}

function useEventMove<V>(call: (v: V) => Promise<One>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (v: V) => call(v).then((r) => r.event), onSuccess: (e) => remember(qc, e) });
}

/** POST /api/admin/events — a draft (400 with `details[].path` when the fields break the rules). */
export const useCreateEvent = () =>
  useEventMove((body: CreateConnectionEventRequest) => api<One>("/admin/events", { method: "POST", body }));

/** PATCH /api/admin/events/:id — edit a draft or published event (409 once cancelled). */
export const useUpdateEvent = (id: string) =>
  useEventMove((body: UpdateConnectionEventRequest) => api<One>(`/admin/events/${id}`, { method: "PATCH", body }));

/** POST /api/admin/events/:id/publish — the public and the stalls see it from now on (409 unless a draft). */
export const usePublishEvent = (id: string) =>
  useEventMove(() => api<One>(`/admin/events/${id}/publish`, { method: "POST", body: {} }));

/** POST /api/admin/events/:id/cancel {reason} — refused once cancelled or ended (409). */
export const useCancelEvent = (id: string) =>
  useEventMove((reason: string) => api<One>(`/admin/events/${id}/cancel`, { method: "POST", body: { reason } }));

/** POST /api/admin/events/:id/demands {demandId} — present a demand (409 twice, or a closed one). */
export const usePresentDemand = (id: string) =>
  useEventMove((demandId: string) => api<One>(`/admin/events/${id}/demands`, { method: "POST", body: { demandId } }));

/** DELETE /api/admin/events/:id/demands/:demandId — no longer present it. */
export const useUnpresentDemand = (id: string) =>
  useEventMove((demandId: string) => api<One>(`/admin/events/${id}/demands/${demandId}`, { method: "DELETE" }));

/** Seller events, a page at a time. */
export const SELLER_EVENTS_PAGE = 20;

/** GET /api/seller/events?page&limit — upcoming published events, each saying whether the stall registered. */
export const useSellerEvents = (page: number) =>
  useQuery({
    queryKey: ["seller-events", page],
    queryFn: ({ signal }) =>
      api<SellerConnectionEventList>("/seller/events", { query: { page, limit: SELLER_EVENTS_PAGE }, signal }),
    placeholderData: keepPreviousData,
  });

/** POST /api/seller/events/:id/register|unregister — either way again changes nothing (409: cancelled or ended). */
export function useRegistration() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, register }: { id: string; register: boolean }) =>
      api<{ event: SellerConnectionEvent }>(`/seller/events/${id}/${register ? "register" : "unregister"}`, {
        method: "POST",
        body: {},
      }).then((r) => r.event),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["seller-events"] }),
  });
}
