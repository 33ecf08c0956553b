import type { HelperStallList, HelperTodoList } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { ApiError } from "@chophien/web";
import { api } from "@/shared/api/api-client";

/** GET /api/helper/stalls — the stalls I may act for (or asked to), each with its grant; 403 for non-helpers. */
export const helperStallsQuery = () =>
  queryOptions({
    queryKey: ["helper-stalls"],
    queryFn: ({ signal }) => api<HelperStallList>("/helper/stalls", { signal }).then((r) => r.items),
  });

/** The helper's stalls, or null when the user is not a helper (the API's 403). */
export function useHelperStalls(enabled = true) {
  const q = useQuery({ ...helperStallsQuery(), enabled, retry: false });
  const notHelper = q.error instanceof ApiError && q.error.status === 403;
  return { ...q, notHelper };
}

/** GET /api/helper/todo — what needs doing across my stalls. */
export const useHelperTodo = () =>
  useQuery({
    queryKey: ["helper-todo"],
    queryFn: ({ signal }) => api<HelperTodoList>("/helper/todo", { signal }).then((r) => r.items),
  });
