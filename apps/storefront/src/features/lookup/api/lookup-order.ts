import type { Order } from "@chophien/contracts";
import { useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/**
 * GET /api/orders/lookup?code&phone — an order found by its code and the phone it was placed with, no account
 * needed (the street is hidden). Limited per IP, so it is asked once per search, never polled.
 */
export const lookupOrder = (code: string, phone: string, signal?: AbortSignal) =>
  api<{ order: Order }>("/orders/lookup", { query: { code, phone }, signal, noRefresh: true }).then((r) => r.order);

/** The order for a code and phone; nothing is asked while either is missing. */
export function useLookupOrder(search: { code: string; phone: string } | undefined) {
  return useQuery({
    queryKey: ["order-lookup", search?.code, search?.phone],
    queryFn: ({ signal }) => lookupOrder(search!.code, search!.phone, signal),
    enabled: Boolean(search),
    retry: false,
    refetchOnWindowFocus: false,
    staleTime: 60_000,
  });
}

const KEY = "cp.guestOrders";

/** Remembers on this device (for this tab's session) which phone a guest order was placed with. */
export function rememberGuestOrder(code: string, phone: string): void {
  try {
    const known = JSON.parse(sessionStorage.getItem(KEY) ?? "{}") as Record<string, string>;
    sessionStorage.setItem(KEY, JSON.stringify({ ...known, [code]: phone }));
  } catch {
    // Private mode without storage: the shopper types the phone again.
  }
}

/** The phone a guest order was placed with on this device, if remembered. */
export function rememberedPhone(code: string): string | undefined {
  try {
    return (JSON.parse(sessionStorage.getItem(KEY) ?? "{}") as Record<string, string>)[code];
  } catch {
    return undefined;
  }
}
