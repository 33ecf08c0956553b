import type { SellerProduct } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/**
 * DELETE /api/seller/products/:id — gone (204, answered here as null), or archived instead when it has orders
 * (200 with the product), since order history must keep pointing at it.
 */
export const deleteProduct = (id: string) =>
  api<{ product: SellerProduct } | undefined>(`/seller/products/${id}`, { method: "DELETE" }).then((r) => r?.product ?? null);

export function useDeleteProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteProduct,
    onSuccess: (_archived, id) => {
      qc.removeQueries({ queryKey: ["seller-product", id] });
      void qc.invalidateQueries({ queryKey: ["seller-products"] });
    },
  });
}
