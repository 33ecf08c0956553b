import type { RequestReviewRequest, SellerProduct } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { rememberProduct } from "./update-product";

/** POST /api/seller/products/:id/request-review — a hidden product is fixed: ask the admins to look again. */
export const requestReview = (id: string, body: RequestReviewRequest) =>
  api<{ product: SellerProduct }>(`/seller/products/${id}/request-review`, { method: "POST", body }).then((r) => r.product);

export function useRequestReview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note?: string }) => requestReview(id, note ? { note } : {}),
    onSuccess: (product) => rememberProduct(qc, product),
    // A 409 means the product changed meanwhile (shown again, or already asked): show what it is now.
    onError: (_err, { id }) => void qc.invalidateQueries({ queryKey: ["seller-product", id] }),
  });
}
