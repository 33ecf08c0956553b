import type { SellerProduct, UpdateProductRequest } from "@chophien/contracts";
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** PATCH /api/seller/products/:id — any subset of the fields (price, stock, status …). */
export const updateProduct = (id: string, body: UpdateProductRequest) =>
  api<{ product: SellerProduct }>(`/seller/products/${id}`, { method: "PATCH", body }).then((r) => r.product);

/** Puts a saved product into its cache entry, and marks every list stale (its row may move or leave a filter). */
export function rememberProduct(qc: QueryClient, product: SellerProduct): void {
  qc.setQueryData(["seller-product", product.id], product);
  void qc.invalidateQueries({ queryKey: ["seller-products"] });
}

export function useUpdateProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateProductRequest }) => updateProduct(id, body),
    onSuccess: (product) => rememberProduct(qc, product),
  });
}
