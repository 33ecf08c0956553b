import type { Cart, CartResponse } from "@chophien/contracts";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { useSession } from "@/shared/session/session-store";

/** GET /api/cart — the cart grouped by stall with fees for `province` (else each stall's own). Guests: the cookie cart. */
export const getCart = (province?: string, signal?: AbortSignal) =>
  api<CartResponse>("/cart", { query: { province }, signal }).then((r) => r.cart);

/** Cart keys: ["cart", province | null]; mutations write the plain cart and refresh the province-specific ones. */
export const cartKey = (province?: string) => ["cart", province ?? null] as const;

export const cartQuery = (province?: string) =>
  queryOptions({ queryKey: cartKey(province), queryFn: ({ signal }) => getCart(province, signal), staleTime: 10_000 });

/**
 * The cart; waits for the silent sign-in on load so a signed-in shopper never sees the guest cart flash by.
 * Choosing another province keeps the current cart on screen while its fees are re-priced.
 */
export function useCart(province?: string) {
  const session = useSession();
  return useQuery({ ...cartQuery(province), enabled: session.status !== "loading", placeholderData: keepPreviousData });
}

/** An empty cart, for rendering before the first answer. */
export const EMPTY_CART: Cart = {
  groups: [],
  itemCount: 0,
  subtotal: 0,
  shippingTotal: 0,
  grandTotal: 0,
  shippingProvince: null,
  needsAttention: false,
};
