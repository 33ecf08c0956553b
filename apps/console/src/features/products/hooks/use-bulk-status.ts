import type { ProductStatus } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { updateProduct } from "../api/update-product";

/**
 * Publishes or archives several products: one PATCH each (the API has no bulk endpoint), four at a time, and
 * reports how many went through, so one refused product does not hide the others' success.
 */
export function useBulkStatus() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ ids, status }: { ids: string[]; status: ProductStatus }) => {
      let failed = 0;
      for (let i = 0; i < ids.length; i += 4) {
        const results = await Promise.allSettled(ids.slice(i, i + 4).map((id) => updateProduct(id, { status })));
        failed += results.filter((r) => r.status === "rejected").length;
      }
      return { done: ids.length - failed, failed };
    },
    onSettled: () => qc.invalidateQueries({ queryKey: ["seller-products"] }),
  });
}
