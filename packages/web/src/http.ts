import { ApiError, readErrorBody, readRetryAfter } from "./errors";

/** Query-string values; `undefined`, `null` and `""` are left out so URLs stay short and canonical. */
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** One API call: a JSON body, extra headers, a query string, an abort signal. */
export interface ApiRequestInit {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  query?: QueryParams;
  signal?: AbortSignal;
  /** Do not try a refresh on 401 (the refresh call itself, login). */
  noRefresh?: boolean;
}

export interface ApiClientOptions {
  /** Where the API lives; the same origin serves it at `/api`. */
  baseUrl?: string;
  /** The in-memory access token, if signed in. */
  getAccessToken?: () => string | null | undefined;
  /**
   * Called after a 401 to get a fresh access token (null: signed out). The client shares one refresh among
   * concurrent 401s — a rotating refresh cookie must never be spent twice — and retries the request once.
   */
  refreshAccessToken?: () => Promise<string | null>;
  fetch?: typeof fetch;
}

/** A typed call: `T` is the contract type of the answer (`import type` keeps zod out of the bundle). */
export type ApiClient = <T>(path: string, init?: ApiRequestInit) => Promise<T>;

/** `?a=1&b=x` from params, leaving out empty values; "" when nothing is left. */
export function toQueryString(params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  const s = search.toString();
  return s ? `?${s}` : "";
}

/**
 * A fetch wrapper for the Chợ Phiên API: cookies always sent (guest cart, refresh token), bearer token when
 * signed in, one silent refresh-and-retry on 401, errors thrown as `ApiError`. Answers are typed by the
 * contract but not re-validated: the API's presenters and its tests own the shape.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const base = options.baseUrl ?? "/api";
  let refreshing: Promise<string | null> | null = null;
  const refreshOnce = () => {
    refreshing ??= (options.refreshAccessToken?.() ?? Promise.resolve(null)).finally(() => {
      refreshing = null;
    });
    return refreshing;
  };

  const send = (path: string, init: ApiRequestInit, token: string | null | undefined) => {
    const headers: Record<string, string> = { Accept: "application/json", ...init.headers };
    if (init.body !== undefined) headers["Content-Type"] = "application/json";
    if (token) headers.Authorization = `Bearer ${token}`;
    const doFetch = options.fetch ?? fetch;
    return doFetch(`${base}${path}${toQueryString(init.query)}`, {
      method: init.method ?? "GET",
      credentials: "include",
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  };

  return async function request<T>(path: string, init: ApiRequestInit = {}): Promise<T> {
    let res = await send(path, init, options.getAccessToken?.());
    if (res.status === 401 && !init.noRefresh && options.refreshAccessToken) {
      const fresh = await refreshOnce();
      if (fresh) res = await send(path, init, fresh);
    }
    const data: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
    if (!res.ok)
      throw new ApiError(res.status, readErrorBody(data, res.statusText), readRetryAfter(res.headers.get("Retry-After")));
    return data as T;
  };
}
