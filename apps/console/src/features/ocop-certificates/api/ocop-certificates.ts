import type { CreateOcopCertificateRequest, OcopCertificate, OcopCertificateList } from "@chophien/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { uploadFile } from "@/shared/api/upload";

/** GET /api/seller/ocop-certificates — the stall's certificates, newest first. */
export const useSellerCertificates = () =>
  useQuery({
    queryKey: ["ocop-certificates", "seller"],
    queryFn: ({ signal }) => api<OcopCertificateList>("/seller/ocop-certificates", { query: { limit: 60 }, signal }),
  });

/** POST /api/seller/ocop-certificates, then the scan (POST …/:id/document, multipart `file`) when there is one. */
export function useSubmitCertificate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, file }: { body: CreateOcopCertificateRequest; file: File | null }) => {
      const { certificate } = await api<{ certificate: OcopCertificate }>("/seller/ocop-certificates", { method: "POST", body });
      if (!file) return certificate;
      const done = await uploadFile<{ certificate: OcopCertificate }>(
        `/seller/ocop-certificates/${certificate.id}/document`,
        file,
        {
          field: "file",
        },
      );
      return done.certificate;
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ["ocop-certificates"] }),
  });
}

/** GET /api/admin/ocop-certificates — submitted oldest first, or verified ones expiring within `days`. */
export const useAdminCertificates = (view: { status?: string; expiringWithinDays?: number }) =>
  useQuery({
    queryKey: ["ocop-certificates", "admin", view],
    queryFn: ({ signal }) => api<OcopCertificateList>("/admin/ocop-certificates", { query: { ...view, limit: 60 }, signal }),
  });

/** POST /api/admin/ocop-certificates/:id/verify | reject {reason} | revoke {reason, decisionNo?}. */
export function useDecideCertificate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, move, body }: { id: string; move: "verify" | "reject" | "revoke"; body: object }) =>
      api<{ certificate: OcopCertificate }>(`/admin/ocop-certificates/${id}/${move}`, { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["ocop-certificates"] }),
  });
}
