import type { UserResponse } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/me — the signed-in shopper's profile. */
export const getMe = (signal?: AbortSignal) => api<UserResponse>("/me", { signal }).then((r) => r.user);

export const meQuery = () => queryOptions({ queryKey: ["me"], queryFn: ({ signal }) => getMe(signal) });

export const useMe = () => useQuery(meQuery());
