import { ApiError } from "@chophien/web";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { cartQuery } from "../api/get-cart";
import { putCartItem, storeCart } from "../api/put-cart-item";

/** Most of one product a single order line may hold (the contract's Quantity). */
export const MAX_LINE_QUANTITY = 99;

/**
 * Adds `quantity` to what the cart already holds. The API sets absolute quantities, so the current line is read
 * from the cart first (cached, or fetched once) — adding 2 twice gives 4, not 2.
 */
export function useAddToCart() {
  const qc = useQueryClient();
  return useMutation({
    scope: { id: "cart" },
    mutationFn: async ({ productId, quantity, stock }: { productId: string; quantity: number; stock: number }) => {
      const cart = await qc.ensureQueryData(cartQuery());
      const current = cart.groups.flatMap((g) => g.lines).find((l) => l.productId === productId)?.quantity ?? 0;
      const wanted = Math.min(current + quantity, stock, MAX_LINE_QUANTITY);
      // Already holding all there is: say so, as the API would, rather than "added" with nothing added.
      if (wanted <= current) throw new ApiError(409, { code: "conflict", message: "No more in stock" });
      return putCartItem({ productId, quantity: wanted });
    },
    onSuccess: (cart) => storeCart(qc, cart),
  });
}
