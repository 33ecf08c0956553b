import type { Cart, CartResponse } from "@chophien/contracts";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { buyNowQuery, type BuyNowLine } from "@/shared/lib/buy-now";
import { useSession } from "@/shared/session/session-store";

/**
 * GET /api/cart — the cart grouped by stall with fees for `province` (else each stall's own). Guests: the cookie cart.
 * With `buyNow`, that one product alone, priced the same way ("Mua ngay"; the stored cart is untouched).
 */
export const getCart = (province?: string, signal?: AbortSignal, buyNow?: BuyNowLine) =>
  api<CartResponse>("/cart", { query: { province, ...buyNowQuery(buyNow) }, signal }).then((r) => r.cart);

/** Cart keys: ["cart", province | null, buy-now line?]; mutations write the plain cart and refresh the others. */
export const cartKey = (province?: string, buyNow?: BuyNowLine) =>
  buyNow ? (["cart", province ?? null, buyNow] as const) : (["cart", province ?? null] as const);

export const cartQuery = (province?: string, buyNow?: BuyNowLine) =>
  queryOptions({
    queryKey: cartKey(province, buyNow),
    queryFn: ({ signal }) => getCart(province, signal, buyNow),
    staleTime: 10_000,
  });

/**
 * The cart; waits for the silent sign-in on load so a signed-in shopper never sees the guest cart flash by.
 * Choosing another province keeps the current cart on screen while its fees are re-priced.
 */
export function useCart(province?: string, buyNow?: BuyNowLine) {
  const session = useSession();
  return useQuery({ ...cartQuery(province, buyNow), enabled: session.status !== "loading", placeholderData: keepPreviousData });
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
