import type { Review } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** POST /api/seller/reviews/:id/reply — the stall's one public answer (2–2000 characters; a second is 409). */
export const replyToReview = (id: string, text: string) =>
  api<{ review: Review }>(`/seller/reviews/${id}/reply`, { method: "POST", body: { text } }).then((r) => r.review);

export function useReplyToReview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, text }: { id: string; text: string }) => replyToReview(id, text),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["seller-reviews"] }),
  });
}
