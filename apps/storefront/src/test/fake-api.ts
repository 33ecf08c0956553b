/** One recorded request to the fake API. */
export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string>;
}

type Answer = { status?: number; body?: unknown } | Promise<never>;
type Handler = (call: Call) => Answer;

/**
 * A stand-in for the network at the fetch boundary (jsdom has no fetch): routes "METHOD /path" to handlers and
 * records every call, so a test can assert what the page sent — method, query, body, Idempotency-Key.
 */
export function fakeApi(routes: Record<string, Handler | { status?: number; body?: unknown }>) {
  const calls: Call[] = [];
  const fetchMock = jest.fn((input: string, init: RequestInit = {}) => {
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
    const route = routes[`${method} ${call.path}`];
    const answer =
      typeof route === "function"
        ? route(call)
        : (route ?? { status: 404, body: { error: { code: "not_found", message: "No route" } } });
    return Promise.resolve(answer).then(({ status = 200, body }) => ({
      ok: status >= 200 && status < 300,
      status,
      statusText: "",
      json: () => Promise.resolve(body),
    }));
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return {
    calls,
    fetchMock,
    callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path),
  };
}

/** A request that never reaches the server (the connection dropped). */
export const networkError = (): Promise<never> => Promise.reject(new TypeError("Failed to fetch"));
