import type { ShipItemBatches } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { rememberSellerOrder } from "./get-seller-order";
import type { SellerStallOrder } from "./types";

/** The carrier and its tracking number (contract `ShipRequest`: 2–60 and 3–60 characters). */
export interface ShipBody {
  carrier: string;
  trackingNumber: string;
  /** Which batches the items came from (optional; the buyer's order then links to their trace pages). */
  items?: ShipItemBatches[];
}

/** POST /api/seller/orders/:id/ship — handed to the carrier; the buyer gets the tracking number. */
export const shipOrder = (id: string, body: ShipBody) =>
  api<{ stallOrder: SellerStallOrder }>(`/seller/orders/${id}/ship`, { method: "POST", body }).then((r) => r.stallOrder);

export function useShipOrder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ShipBody & { id: string }) => shipOrder(id, body),
    onSuccess: (order) => rememberSellerOrder(qc, order),
  });
}
