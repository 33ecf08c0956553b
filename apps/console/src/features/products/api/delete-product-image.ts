import type { SellerProduct } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { rememberProduct } from "./update-product";

/** DELETE /api/seller/products/:id/images/:imageId — answers the product with the photos left. */
export const deleteProductImage = (productId: string, imageId: string) =>
  api<{ product: SellerProduct }>(`/seller/products/${productId}/images/${imageId}`, { method: "DELETE" }).then((r) => r.product);

export function useDeleteProductImage(productId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (imageId: string) => deleteProductImage(productId, imageId),
    onSuccess: (product) => rememberProduct(qc, product),
  });
}
