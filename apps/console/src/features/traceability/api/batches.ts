import type {
  Batch,
  BatchDetailResponse,
  CreateBatchRequest,
  CreateTraceEventRequest,
  TraceEvent,
  TraceReport,
} from "@chophien/contracts";
import { ApiError, readErrorBody } from "@chophien/web";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "@/shared/api/api-client";
import { getAccessToken, refreshAccessToken } from "@/shared/session/session-store";

type Page<T> = { items: T[]; total: number; page: number; limit: number };
export type BatchDetail = z.infer<typeof BatchDetailResponse>;

const batchesKey = (productId: string) => ["seller-batches", productId] as const;
const batchKey = (id: string) => ["seller-batch", id] as const;

/** GET /api/seller/products/:id/batches — the product's batches, newest first (the first 50: lots a season). */
export const getBatches = (productId: string, signal?: AbortSignal) =>
  api<Page<Batch>>(`/seller/products/${productId}/batches`, { query: { limit: 50 }, signal });
export const useBatches = (productId: string, enabled = true) =>
  useQuery({ queryKey: batchesKey(productId), queryFn: ({ signal }) => getBatches(productId, signal), enabled });

/** POST /api/seller/products/:id/batches — a new lot with its inputs; 409 when the product already has that lot. */
export function useCreateBatch(productId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBatchRequest) =>
      api<{ batch: Batch }>(`/seller/products/${productId}/batches`, { method: "POST", body }).then((r) => r.batch),
    onSuccess: () => void qc.invalidateQueries({ queryKey: batchesKey(productId) }),
  });
}

/** GET /api/seller/batches/:id — one batch with its events in chain order. */
export const useBatch = (id: string) =>
  useQuery({ queryKey: batchKey(id), queryFn: ({ signal }) => api<BatchDetail>(`/seller/batches/${id}`, { signal }) });

/** GET /api/seller/batches/:id/reports — shoppers' problem reports about the batch. */
export const useBatchReports = (id: string) =>
  useQuery({
    queryKey: ["seller-batch-reports", id],
    queryFn: ({ signal }) => api<Page<TraceReport>>(`/seller/batches/${id}/reports`, { signal }),
  });

/** A request with the session's bearer token and one refresh on 401, for bodies the JSON client does not send. */
async function authed(path: string, init: RequestInit = {}): Promise<Response> {
  const go = (token: string | null) =>
    fetch(`/api${path}`, {
      ...init,
      credentials: "include",
      headers: { Accept: "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    });
  let res = await go(getAccessToken());
  if (res.status === 401) {
    const fresh = await refreshAccessToken();
    if (fresh) res = await go(fresh);
  }
  if (!res.ok) throw new ApiError(res.status, readErrorBody(await res.json().catch(() => undefined), res.statusText));
  return res;
}

/** POST /api/seller/batches/:id/events — multipart, so a photo from the phone's camera travels with it. */
export function useAppendEvent(batchId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ photo, ...fields }: CreateTraceEventRequest & { photo?: File | null }) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== "") form.append(k, String(v));
      if (photo) form.append("photo", photo);
      const res = await authed(`/seller/batches/${batchId}/events`, { method: "POST", body: form });
      return ((await res.json()) as { event: TraceEvent }).event;
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: batchKey(batchId) }),
  });
}

/** GET /api/seller/batches/:id/labels.pdf — fetched with the session (a plain link would carry no token), then opened. */
export async function openLabels(batchId: string): Promise<void> {
  const res = await authed(`/seller/batches/${batchId}/labels.pdf`);
  const url = URL.createObjectURL(await res.blob());
  window.open(url, "_blank", "noopener");
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
