import type {
  AwardOrdersRequest,
  AwardOrdersResponse,
  CounterOfferRequest,
  CreateDemandRequest,
  DemandList,
  DemandStatus,
  MyDemand,
  Offer,
  PublicDemand,
} from "@chophien/contracts";
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** The public board's filters, as the URL holds them. */
export interface BoardFilters {
  q?: string;
  category?: string;
  province?: string;
  status?: DemandStatus;
  page: number;
  limit: number;
}

/** GET /api/demands — the public board (open demands unless a status is asked). */
export const demandBoardQuery = (f: BoardFilters) =>
  queryOptions({
    queryKey: ["demands", "board", f],
    queryFn: ({ signal }) => api<DemandList>("/demands", { query: { ...f }, signal }),
    placeholderData: keepPreviousData,
  });
export const useDemandBoard = (f: BoardFilters) => useQuery(demandBoardQuery(f));

/** GET /api/demands/:id — one demand as the public sees it. */
export const useDemand = (id: string) =>
  useQuery({
    queryKey: ["demands", "one", id],
    queryFn: ({ signal }) =>
      api<{ demand: PublicDemand }>(`/demands/${encodeURIComponent(id)}`, { signal }).then((r) => r.demand),
  });

/** GET /api/me/demands — my organisation's demands with their offers (only when signed in). */
export const useMyDemands = (enabled = true) =>
  useQuery({
    queryKey: ["demands", "mine"],
    enabled,
    queryFn: ({ signal }) => api<{ items: MyDemand[] }>("/me/demands", { signal }).then((r) => r.items),
  });

/** GET /api/me/demands/:id — one of mine with every offer and its rounds. */
export const myDemandQuery = (id: string) =>
  queryOptions({
    queryKey: ["demands", "mine", id],
    queryFn: ({ signal }) => api<{ demand: MyDemand }>(`/me/demands/${encodeURIComponent(id)}`, { signal }).then((r) => r.demand),
  });
export const useMyDemand = (id: string) => useQuery(myDemandQuery(id));

/** POST /api/demands — post a demand. */
export function useCreateDemand() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDemandRequest) =>
      api<{ demand: PublicDemand }>("/demands", { method: "POST", body }).then((r) => r.demand),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["demands"] }),
  });
}

/** The buyer's moves on an offer. */
export type OfferMove =
  | { move: "shortlist" }
  | { move: "counter"; body: CounterOfferRequest }
  | { move: "award"; body: { quantity: number } }
  | { move: "decline"; body: { reason: string } };

/** POST /api/demands/:id/offers/:offerId/{shortlist|counter|award|decline}; the demand is read again after. */
export function useOfferMove(demandId: string, offerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (m: OfferMove) =>
      api<{ offer: Offer }>(`/demands/${encodeURIComponent(demandId)}/offers/${encodeURIComponent(offerId)}/${m.move}`, {
        method: "POST",
        body: "body" in m ? m.body : {},
      }).then((r) => r.offer),
    onSettled: () => void qc.invalidateQueries({ queryKey: ["demands"] }),
  });
}

/** POST /api/demands/:id/close — stop taking offers. */
export function useCloseDemand(demandId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<{ demand: PublicDemand }>(`/demands/${encodeURIComponent(demandId)}/close`, { method: "POST", body: {} }).then(
        (r) => r.demand,
      ),
    onSettled: () => void qc.invalidateQueries({ queryKey: ["demands"] }),
  });
}

/** POST /api/demands/:id/offers/:offerId/orders — the award becomes one order per delivery (once; again answers the same). */
export function useAwardOrders(demandId: string, offerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AwardOrdersRequest) =>
      api<AwardOrdersResponse>(`/demands/${encodeURIComponent(demandId)}/offers/${encodeURIComponent(offerId)}/orders`, {
        method: "POST",
        body,
      }).then((r) => r.orders),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["demands"] });
      void qc.invalidateQueries({ queryKey: ["orders"] });
    },
  });
}

/** My latest orders' ids and codes (GET /api/orders), to link an award's orders by their codes. */
export const useOrderCodes = (enabled: boolean) =>
  useQuery({
    queryKey: ["orders", "codes"],
    enabled,
    queryFn: ({ signal }) =>
      api<{ items: { id: string; code: string }[] }>("/orders", { query: { limit: 60 }, signal }).then(
        (r) => new Map(r.items.map((o) => [o.id, o.code] as const)),
      ),
  });
