import type { AdminProductResponse } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { rememberAdminProduct } from "./remember-admin-product";

/** POST /api/admin/products/:id/unhide — back on the market if it is on sale and its stall approved (409 if not hidden). */
export const unhideProduct = (id: string) =>
  api<AdminProductResponse>(`/admin/products/${id}/unhide`, { method: "POST", body: {} }).then((r) => r.product);

export function useUnhideProduct() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: unhideProduct, onSettled: () => rememberAdminProduct(qc) });
}
