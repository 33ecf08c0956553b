import type { Batch } from "@chophien/contracts";
import { useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/seller/products/:id/batches — the product's batches (newest 50), to say which one an item came from. */
export const useProductBatches = (productId: string) =>
  useQuery({
    queryKey: ["seller-batches", productId],
    queryFn: ({ signal }) =>
      api<{ items: Batch[]; total: number; page: number; limit: number }>(`/seller/products/${productId}/batches`, {
        query: { limit: 50 },
        signal,
      }),
  });
