import type { ConnectionEventDetail, ConnectionEventList } from "@chophien/contracts";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

export type EventWhen = "upcoming" | "past";

/** GET /api/events — published events: upcoming (soonest first, those under way included) or past (newest first). */
export const eventsQuery = (f: { when: EventWhen; page: number; limit: number }) =>
  queryOptions({
    queryKey: ["events", "list", f],
    queryFn: ({ signal }) => api<ConnectionEventList>("/events", { query: { ...f }, signal }),
    placeholderData: keepPreviousData,
  });
export const useEvents = (f: { when: EventWhen; page: number; limit: number }) => useQuery(eventsQuery(f));

/** GET /api/events/:slug — one event with its presented demands, the stalls attending and, once started, results. */
export const useEvent = (slug: string) =>
  useQuery({
    queryKey: ["events", "one", slug],
    queryFn: ({ signal }) =>
      api<{ event: ConnectionEventDetail }>(`/events/${encodeURIComponent(slug)}`, { signal }).then((r) => r.event),
  });
