import type { AddressList } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** The cache key of my saved addresses; every address mutation writes or refreshes it. */
export const addressesKey = ["addresses"] as const;

/** GET /api/me/addresses — my saved addresses, the default first, then newest first. */
export const getAddresses = (signal?: AbortSignal) => api<AddressList>("/me/addresses", { signal });

/** Query options for my saved addresses. */
export const addressesQuery = () => queryOptions({ queryKey: addressesKey, queryFn: ({ signal }) => getAddresses(signal) });

/** My saved addresses; `enabled: false` for a guest, who has none. */
export const useAddresses = ({ enabled = true }: { enabled?: boolean } = {}) => useQuery({ ...addressesQuery(), enabled });
