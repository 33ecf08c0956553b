/** What a journey sends the API besides the path: a bearer token, a JSON body (POST unless `method`), headers. */
export interface CallInit {
  token?: string;
  body?: unknown;
  method?: string;
  headers?: Record<string, string>;
}

/**
 * JSON to the API as a client would, for setting a journey up; throws with the answer on any non-2xx.
 * `baseUrl` is read on every call (the server starts in `beforeAll`).
 */
export function apiCaller(baseUrl: () => string) {
  return async function call<T>(path: string, init: CallInit = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: "application/json", ...init.headers };
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers["Content-Type"] = "application/json";
    const res = await fetch(`${baseUrl()}/api${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${path} → ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}
