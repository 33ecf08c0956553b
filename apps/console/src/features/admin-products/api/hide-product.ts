import type { AdminProductResponse } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { rememberAdminProduct } from "./remember-admin-product";

/**
 * POST /api/admin/products/:id/hide {reason} — takes a product off the market whatever its status; the seller
 * still sees and edits it, with the reason (5–1000 characters; 409 if already hidden).
 */
export const hideProduct = (id: string, reason: string) =>
  api<AdminProductResponse>(`/admin/products/${id}/hide`, { method: "POST", body: { reason } }).then((r) => r.product);

export function useHideProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => hideProduct(id, reason),
    onSettled: () => rememberAdminProduct(qc),
  });
}
