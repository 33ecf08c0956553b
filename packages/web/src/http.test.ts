import { ApiError, readErrorBody } from "./errors";
import { createApiClient, toQueryString } from "./http";

/** A fetch double that answers from a list and records what it was asked. */
function fakeFetch(answers: { status: number; body?: unknown; headers?: Record<string, string> }[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (url: string, init: RequestInit = {}) => {
    calls.push({ url, init });
    const next = answers.shift() ?? { status: 500 };
    const body = next.body === undefined ? null : JSON.stringify(next.body);
    return Promise.resolve(new Response(next.status === 204 ? null : body, { status: next.status, headers: next.headers }));
  };
  return { fetch: fn as unknown as typeof fetch, calls };
}

describe("the typed API client", () => {
  it("sends cookies, the bearer token and JSON, and builds a canonical query string", async () => {
    const { fetch, calls } = fakeFetch([{ status: 200, body: { ok: true } }]);
    const api = createApiClient({ fetch, getAccessToken: () => "tok" });
    await expect(
      api<{ ok: boolean }>("/cart/items", { method: "PUT", body: { quantity: 2 }, query: { a: 1, b: "", c: undefined } }),
    ).resolves.toEqual({ ok: true });
    expect(calls[0]!.url).toBe("/api/cart/items?a=1");
    expect(calls[0]!.init.credentials).toBe("include");
    expect(calls[0]!.init.headers).toMatchObject({ Authorization: "Bearer tok", "Content-Type": "application/json" });
    expect(calls[0]!.init.body).toBe('{"quantity":2}');
    expect(toQueryString({})).toBe("");
  });

  it("refreshes once on 401, shares the refresh between concurrent calls, and retries with the new token", async () => {
    const { fetch, calls } = fakeFetch([
      { status: 401, body: { error: { code: "unauthorized", message: "expired" } } },
      { status: 401, body: { error: { code: "unauthorized", message: "expired" } } },
      { status: 200, body: 1 },
      { status: 200, body: 2 },
    ]);
    let refreshes = 0;
    const api = createApiClient({
      fetch,
      getAccessToken: () => "old",
      refreshAccessToken: () => {
        refreshes++;
        return new Promise((resolve) => setTimeout(() => resolve("new"), 5));
      },
    });
    await expect(Promise.all([api("/me"), api("/orders")])).resolves.toEqual([1, 2]);
    expect(refreshes).toBe(1);
    expect((calls[3]!.init.headers as Record<string, string>).Authorization).toBe("Bearer new");
  });

  it("throws ApiError with the contract's code, and a generic one for a body it cannot read", async () => {
    const { fetch } = fakeFetch([
      { status: 409, body: { error: { code: "conflict", message: "Only 2 left", details: [{ path: "x", message: "y" }] } } },
      { status: 502, body: "<html>" },
    ]);
    const api = createApiClient({ fetch });
    const err = await api("/checkout").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe("conflict");
    expect((err as ApiError).body.details).toEqual([{ path: "x", message: "y" }]);
    await expect(api("/x")).rejects.toMatchObject({ status: 502, code: "internal" });
    expect(readErrorBody(null, "")).toEqual({ code: "internal", message: "Request failed" });
  });

  it("carries a refusal's Retry-After in seconds, and null when there is none or it is not a number", async () => {
    const limited = { error: { code: "rate_limited", message: "Come back tomorrow" } };
    const { fetch } = fakeFetch([
      { status: 429, body: limited, headers: { "Retry-After": "3600" } },
      { status: 429, body: limited },
      { status: 503, body: limited, headers: { "Retry-After": "Wed, 21 Oct 2026 07:28:00 GMT" } },
    ]);
    const api = createApiClient({ fetch });
    await expect(api("/a")).rejects.toMatchObject({ status: 429, code: "rate_limited", retryAfterSeconds: 3600 });
    await expect(api("/b")).rejects.toMatchObject({ status: 429, retryAfterSeconds: null });
    await expect(api("/c")).rejects.toMatchObject({ status: 503, retryAfterSeconds: null });
  });

  it("keeps the reason and the price change an error carries, so a screen can explain it", () => {
    const priceChange = { lines: [{ productId: "p", name: "Mật ong", quantity: 1, shownPrice: 1, unitPrice: 2 }], grandTotal: 2 };
    expect(readErrorBody({ error: { code: "price_changed", message: "m", priceChange } }, "")).toEqual({
      code: "price_changed",
      message: "m",
      priceChange,
    });
    expect(readErrorBody({ error: { code: "acting_not_allowed", message: "m", reason: "grant_expired" } }, "").reason).toBe(
      "grant_expired",
    );
    expect(readErrorBody({ error: { code: "x", message: "m", priceChange: { lines: 1 }, reason: 3 } }, "")).toEqual({
      code: "x",
      message: "m",
    });
  });
});
