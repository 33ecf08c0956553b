/** One recorded request to the fake API. */
export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string>;
}

type Answer = { status?: number; body?: unknown };
type Route = ((call: Call) => Answer | Promise<Answer>) | Answer;

/**
 * A stand-in for the network at the fetch boundary (jsdom has no fetch): routes "METHOD /path" to answers and
 * records every call, so a test can assert what the page sent.
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
    const route = routes[`${method} ${call.path}`];
    const { status = 200, body } =
      typeof route === "function"
        ? await route(call)
        : (route ?? { status: 404, body: { error: { code: "not_found", message: "No route" } } });
    return { ok: status >= 200 && status < 300, status, statusText: "", json: () => Promise.resolve(body) };
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return { calls, callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path) };
}

/** The contract's validation error body for the given fields. */
export const validationError = (details: { path: string; message: string }[]) => ({
  status: 400,
  body: { error: { code: "validation_failed", message: "Some fields are invalid", details } },
});
