import type { UpdateMeRequest, UserResponse } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { setUser } from "@/shared/session/session-store";

/** PATCH /api/me — name and phone (email and role are not the shopper's to change here). */
export const updateMe = (body: UpdateMeRequest) => api<UserResponse>("/me", { method: "PATCH", body }).then((r) => r.user);

export function useUpdateMe() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (user) => {
      qc.setQueryData(["me"], user);
      setUser(user);
    },
  });
}
