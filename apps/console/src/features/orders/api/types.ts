import type { Order, ShippingAddress, StallOrder, StallOrderStatus } from "@chophien/contracts";

/**
 * A stall order as its seller sees it — the contract's `SellerStallOrder` schema (which exports no inferred type
 * yet), written out from the contract's own types so a change there still breaks the build here.
 */
export type SellerStallOrder = StallOrder & {
  buyer: { fullName: string };
  shippingAddress: ShippingAddress;
  note: string | null;
  payment: Order["payment"];
  timeline: Order["timeline"];
};

/** GET /api/seller/orders: a page of stall orders with the stall's count per status (absent = 0). */
export interface SellerOrderPage {
  items: SellerStallOrder[];
  total: number;
  page: number;
  limit: number;
  counts: Partial<Record<StallOrderStatus, number>>;
}

/** The steps a seller takes; the API's `actions` may also hold the buyer's `receive`, never offered here. */
export const SELLER_STEPS = ["confirm", "ship", "deliver", "cancel"] as const;
export type SellerStep = (typeof SELLER_STEPS)[number];
