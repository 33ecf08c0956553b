import type { CartResponse, CartVoucherList, PublicVoucher, VoucherPreview } from "@chophien/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { buyNowQuery, type BuyNowLine } from "@/shared/lib/buy-now";

/**
 * GET /api/cart?voucherCodes= — the cart (or the "Mua ngay" line) priced with the codes, as checkout would
 * (nothing is used up).
 */
export const getVoucherPreview = (codes: string[], province?: string, signal?: AbortSignal, buyNow?: BuyNowLine) =>
  api<CartResponse>("/cart", { query: { province, voucherCodes: codes.join(","), ...buyNowQuery(buyNow) }, signal }).then(
    (r) => r.cart.voucherPreview ?? null,
  );

export function useVoucherPreview(codes: string[], province?: string, buyNow?: BuyNowLine) {
  return useQuery<VoucherPreview | null>({
    queryKey: ["cart", "vouchers", "preview", province ?? null, codes, buyNow ?? null],
    queryFn: ({ signal }) => getVoucherPreview(codes, province, signal, buyNow),
    enabled: codes.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** GET /api/cart/vouchers — the vouchers this cart (or the "Mua ngay" line) could use, each with its saving or why not. */
export function useCartVouchers(province?: string, buyNow?: BuyNowLine) {
  return useQuery({
    queryKey: ["cart", "vouchers", "list", province ?? null, buyNow ?? null],
    queryFn: ({ signal }) => api<CartVoucherList>("/cart/vouchers", { query: { province, ...buyNowQuery(buyNow) }, signal }),
    staleTime: 30_000,
  });
}

/** GET /api/stalls/:slug/vouchers — a stall's vouchers shoppers can use now. */
export function useStallVouchers(slug: string) {
  return useQuery({
    queryKey: ["stall", slug, "vouchers"],
    queryFn: ({ signal }) =>
      api<{ items: PublicVoucher[] }>(`/stalls/${encodeURIComponent(slug)}/vouchers`, { signal }).then((r) => r.items),
    staleTime: 60_000,
  });
}
