// A stand-in for the network in both front ends' jsdom tests (tests only: it uses jest's globals).

/** One recorded request to the fake API. */
export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string>;
}

/** A status (200 when left out), a JSON body and response headers (e.g. Retry-After). */
type Answer = { status?: number; body?: unknown; headers?: Record<string, string> };
/** An answer, a rejection (`networkError()`: the request never arrived), or a handler that returns either. */
type Route = Answer | Promise<never> | ((call: Call) => Answer | Promise<Answer>);

const NO_ROUTE: Answer = { status: 404, body: { error: { code: "not_found", message: "No route" } } };

/**
 * Replaces `fetch` (jsdom has none): routes "METHOD /path" (without `/api`) to answers or handlers and records
 * every call, so a test can assert what the page sent — method, query, body, headers such as Idempotency-Key.
 */
export function fakeApi(routes: Record<string, Route>) {
  const calls: Call[] = [];
  const fetchMock = jest.fn(async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, "http://localhost");
    const method = init.method ?? "GET";
    const call: Call = {
      method,
      path: url.pathname.replace(/^\/api/, ""),
      query: url.searchParams,
      body: typeof init.body === "string" ? (JSON.parse(init.body) as unknown) : undefined,
      headers: (init.headers ?? {}) as Record<string, string>,
    };
    calls.push(call);
    const route = routes[`${method} ${call.path}`] ?? NO_ROUTE;
    const { status = 200, body, headers = {} } = await (typeof route === "function" ? route(call) : route);
    const named = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    return {
      ok: status >= 200 && status < 300,
      status,
      statusText: "",
      headers: { get: (name: string) => named.get(name.toLowerCase()) ?? null },
      json: () => Promise.resolve(body),
    };
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return {
    calls,
    fetchMock,
    callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path),
  };
}

/** The contract's validation error body for the given fields. */
export const validationError = (details: { path: string; message: string }[]) => ({
  status: 400,
  body: { error: { code: "validation_failed", message: "Some fields are invalid", details } },
});

/** A request that never reaches the server (the connection dropped). */
export const networkError = (): Promise<never> => Promise.reject(new TypeError("Failed to fetch"));
