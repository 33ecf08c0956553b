import type { Cart, CartResponse, PutCartItemRequest } from "@chophien/contracts";
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { cartKey } from "./get-cart";

/** PUT /api/cart/items — sets a product's quantity (0 removes it) and answers with the whole cart. */
export const putCartItem = (body: PutCartItemRequest) =>
  api<CartResponse>("/cart/items", { method: "PUT", body }).then((r) => r.cart);

/** Stores the server's cart and refreshes the province-specific copies (checkout's fees). */
export function storeCart(qc: QueryClient, cart: Cart): void {
  qc.setQueryData(cartKey(), cart);
  void qc.invalidateQueries({ queryKey: ["cart"], predicate: (q) => q.queryKey[1] !== null });
}

/** The same cart with one line's quantity changed — shown while the request is on its way. */
function withQuantity(cart: Cart, productId: string, quantity: number): Cart {
  return {
    ...cart,
    groups: cart.groups.map((g) => ({
      ...g,
      lines: g.lines.map((l) => (l.productId === productId ? { ...l, quantity, lineTotal: l.unitPrice * quantity } : l)),
    })),
  };
}

/**
 * Changes a line's quantity. Taps on − / + update the screen at once; requests run one after another (mutation
 * scope) so the last tap always wins, and the server's answer replaces the guess.
 */
export function useSetCartQuantity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: putCartItem,
    scope: { id: "cart" },
    onMutate: async ({ productId, quantity }) => {
      await qc.cancelQueries({ queryKey: cartKey() });
      const before = qc.getQueryData<Cart>(cartKey());
      if (before) qc.setQueryData(cartKey(), withQuantity(before, productId, quantity));
      return { before };
    },
    onError: (_err, _vars, ctx) => {
      if (ctx?.before) qc.setQueryData(cartKey(), ctx.before);
      void qc.invalidateQueries({ queryKey: ["cart"] });
    },
    onSuccess: (cart) => storeCart(qc, cart),
  });
}
