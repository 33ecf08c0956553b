import type { SellerProduct } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { rememberProduct } from "./update-product";

/** PATCH /api/seller/products/:id/images — every image id of the product, in the new order (the first is the cover). */
export const reorderProductImages = (productId: string, imageIds: string[]) =>
  api<{ product: SellerProduct }>(`/seller/products/${productId}/images`, { method: "PATCH", body: { imageIds } }).then(
    (r) => r.product,
  );

/** Reorders at once on screen, then tells the API; a failure puts the old order back. */
export function useReorderProductImages(productId: string) {
  const qc = useQueryClient();
  const key = ["seller-product", productId];
  return useMutation({
    mutationFn: (imageIds: string[]) => reorderProductImages(productId, imageIds),
    onMutate: async (imageIds) => {
      await qc.cancelQueries({ queryKey: key });
      const before = qc.getQueryData<SellerProduct>(key);
      if (before) {
        const byId = new Map(before.images.map((i) => [i.id, i]));
        qc.setQueryData<SellerProduct>(key, { ...before, images: imageIds.map((id) => byId.get(id)!).filter(Boolean) });
      }
      return { before };
    },
    onError: (_err, _ids, ctx) => {
      if (ctx?.before) qc.setQueryData(key, ctx.before);
    },
    onSuccess: (product) => rememberProduct(qc, product),
  });
}
