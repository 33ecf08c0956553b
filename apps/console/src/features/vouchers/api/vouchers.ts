import type { CreateVoucherRequest, UpdateVoucherRequest, Voucher } from "@chophien/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** Whose vouchers: the market's (`/admin/vouchers`) or the acting stall's (`/seller/vouchers`). */
export type VoucherArea = "admin" | "seller";

/** GET /api/{area}/vouchers — newest first, with uses, orders, discount given and revenue. */
export const useVouchers = (area: VoucherArea) =>
  useQuery({
    queryKey: ["vouchers", area],
    queryFn: ({ signal }) => api<{ items: Voucher[] }>(`/${area}/vouchers`, { signal }).then((r) => r.items),
  });

/** POST /api/{area}/vouchers. */
export function useCreateVoucher(area: VoucherArea) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateVoucherRequest) => api<{ voucher: Voucher }>(`/${area}/vouchers`, { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["vouchers", area] }),
  });
}

/** PATCH /api/{area}/vouchers/:id — pause, resume, or edit dates and limits. */
export function useUpdateVoucher(area: VoucherArea) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateVoucherRequest }) =>
      api<{ voucher: Voucher }>(`/${area}/vouchers/${id}`, { method: "PATCH", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["vouchers", area] }),
  });
}
