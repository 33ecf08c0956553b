import { ApiError } from "@chophien/web";
import { QueryClient } from "@tanstack/react-query";

/** Retrying a 4xx only repeats the same answer; a flaky mobile connection (network error, 5xx) deserves one more try. */
const shouldRetry = (failures: number, error: unknown) =>
  failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);

/** Query defaults tuned for modest connections: cached for 30 s, no refetch storm on tab focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, gcTime: 10 * 60_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
