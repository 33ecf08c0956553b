import { ApiError } from "@chophien/web";
import { QueryClient } from "@tanstack/react-query";

/** Retrying a 4xx only repeats the same answer; a flaky farm connection (network error, 5xx) deserves one more try. */
const shouldRetry = (failures: number, error: unknown) =>
  failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);

/** Query defaults for people at work: fresh for 15 s, refetched when they come back to the tab (new orders). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 15_000, gcTime: 10 * 60_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
