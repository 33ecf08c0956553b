import type { CartResponse } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { storeCart } from "./put-cart-item";

/** DELETE /api/cart/items/:productId — removes a line; answers with the cart. */
export const deleteCartItem = (productId: string) =>
  api<CartResponse>(`/cart/items/${encodeURIComponent(productId)}`, { method: "DELETE" }).then((r) => r.cart);

export function useRemoveCartItem() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteCartItem,
    scope: { id: "cart" },
    onSuccess: (cart) => storeCart(qc, cart),
    onError: () => void qc.invalidateQueries({ queryKey: ["cart"] }),
  });
}
