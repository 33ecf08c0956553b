import type {
  CounterOfferRequest,
  CreateOfferRequest,
  DemandList,
  Offer,
  OfferList,
  PublicDemand,
  SellerProduct,
  SellerProductList,
} from "@chophien/contracts";
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** Demands for me, a page at a time. */
export const DEMANDS_PAGE = 20;
const OFFERS_KEY = ["seller-demand-offers"] as const;

/** GET /api/seller/demands?page&limit — the open demands the acting stall was matched to, newest first. */
export const useDemandsForMe = (page: number) =>
  useQuery({
    queryKey: ["seller-demands", page],
    queryFn: ({ signal }) => api<DemandList>("/seller/demands", { query: { page, limit: DEMANDS_PAGE }, signal }),
    placeholderData: keepPreviousData,
  });

const demandQuery = (id: string) => ({
  queryKey: ["demand", id],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api<{ demand: PublicDemand }>(`/demands/${id}`, { signal }).then((r) => r.demand),
});

/** GET /api/demands/:id — one demand as the board shows it (the buyer by organisation name, kind and province). */
export const useDemand = (id: string | undefined) => useQuery({ ...demandQuery(id ?? ""), enabled: !!id });

/** The demands behind a list of offers (their titles and units), each fetched once and kept by id. */
export function useDemandsById(ids: string[]): Map<string, PublicDemand> {
  const results = useQueries({ queries: [...new Set(ids)].map(demandQuery) });
  return new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data] as const] : [])));
}

/** GET /api/seller/demand-offers — the stall's own offers, newest first, with the buyer's contacts once shortlisted. */
export const useMyOffers = () =>
  useQuery({
    queryKey: OFFERS_KEY,
    queryFn: ({ signal }) => api<OfferList>("/seller/demand-offers", { signal }).then((r) => r.items),
  });

/** POST /api/demands/:id/offers — the acting stall's offer (409 one live offer, 429 the daily quota, 422 too much). */
export function useMakeOffer(demandId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOfferRequest) =>
      api<{ offer: Offer }>(`/demands/${demandId}/offers`, { method: "POST", body }).then((r) => r.offer),
    onSuccess: () => qc.invalidateQueries({ queryKey: OFFERS_KEY }),
  });
}

/** POST /api/seller/demand-offers/:id/counter — another round from the stall (at most 5 counters in all, else 422). */
export function useCounterOffer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CounterOfferRequest }) =>
      api<{ offer: Offer }>(`/seller/demand-offers/${id}/counter`, { method: "POST", body }).then((r) => r.offer),
    onSuccess: () => qc.invalidateQueries({ queryKey: OFFERS_KEY }),
  });
}

/** A page of the stall's products; stalls sell a handful, so a few pages bound the walk. */
const PRODUCTS_LIMIT = 60;
const PRODUCTS_MAX_PAGES = 5;

/**
 * GET /api/seller/products?status=active — the stall's own products an offer may name (the API refuses any other
 * with 422). Kept under the products' "seller-products" key, so editing a product refreshes the choice too.
 */
export const useOfferableProducts = () =>
  useQuery({
    queryKey: ["seller-products", "offerable"],
    queryFn: async ({ signal }) => {
      const all: SellerProduct[] = [];
      for (let page = 1; page <= PRODUCTS_MAX_PAGES; page++) {
        const res = await api<SellerProductList>("/seller/products", {
          query: { status: "active", page, limit: PRODUCTS_LIMIT },
          signal,
        });
        all.push(...res.items);
        if (page * PRODUCTS_LIMIT >= res.total) break;
      }
      return all;
    },
  });

/** POST /api/seller/demand-offers/:id/product — names or changes the offer's product (422 not the stall's, 409 ordered). */
export function useSetOfferProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: { productId: string } }) =>
      api<{ offer: Offer }>(`/seller/demand-offers/${id}/product`, { method: "POST", body }).then((r) => r.offer),
    onSuccess: () => qc.invalidateQueries({ queryKey: OFFERS_KEY }),
  });
}

/** POST /api/seller/demand-offers/:id/withdraw — takes back an open or shortlisted offer. */
export function useWithdrawOffer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ offer: Offer }>(`/seller/demand-offers/${id}/withdraw`, { method: "POST", body: {} }).then((r) => r.offer),
    onSuccess: () => qc.invalidateQueries({ queryKey: OFFERS_KEY }),
  });
}
