import type {
  AuthResponse,
  CheckoutRequest,
  CheckoutResponse,
  CreateReviewRequest,
  ProductList,
  SellerProduct,
  ShippingAddress,
  StallOrder,
} from "@chophien/contracts";

/** Calls the API as a client would (JSON, bearer token); throws with the answer on any non-2xx. */
export function apiClient(base: string) {
  return async function call<T>(
    path: string,
    init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { Accept: "application/json", ...init.headers };
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers["Content-Type"] = "application/json";
    const res = await fetch(`${base}/api${path}`, {
      method: init.method ?? "GET",
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path} → ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}
export type Call = ReturnType<typeof apiClient>;

/** A shopper account, signed in: its access token. */
export async function registerShopper(
  call: Call,
  email: string,
  fullName: string,
  password = "mat-khau-bi-mat",
): Promise<string> {
  const auth = await call<AuthResponse>("/auth/register", { method: "POST", body: { email, password, fullName } });
  return auth.accessToken;
}

export async function login(call: Call, email: string, password: string): Promise<string> {
  return (await call<AuthResponse>("/auth/login", { method: "POST", body: { email, password } })).accessToken;
}

export const ADDRESS: ShippingAddress = {
  fullName: "Nguyễn Thị Lan",
  phone: "0912345678",
  province: "quang-tri",
  ward: "Phường Đông Hà",
  street: "12 Lê Duẩn",
};

let keys = 0;
/** Buys these products now with cash on delivery; answers the order. */
export async function checkoutCod(
  call: Call,
  token: string,
  items: { productId: string; quantity: number }[],
  extra: Partial<CheckoutRequest> = {},
): Promise<CheckoutResponse["order"]> {
  const body: CheckoutRequest = { shippingAddress: ADDRESS, paymentMethod: "cod", items, ...extra };
  const res = await call<CheckoutResponse>("/checkout", {
    method: "POST",
    token,
    body,
    headers: { "Idempotency-Key": `e2e-console-${Date.now()}-${keys++}` },
  });
  return res.order;
}

/** The storefront's search, as a shopper's browser asks it. */
export const searchProducts = (call: Call, q: string) => call<ProductList>(`/products?q=${encodeURIComponent(q)}`);

/** A seller's products (the stall's own list). */
export const sellerProducts = (call: Call, token: string) =>
  call<{ items: SellerProduct[]; total: number }>("/seller/products?limit=60", { token }).then((r) => r.items);

/** Moves a seller's stall order one step (confirm, ship, deliver) through the API. */
export async function sellerStep(call: Call, token: string, stallOrderId: string, step: "confirm" | "ship" | "deliver") {
  const body = step === "ship" ? { carrier: "GHN", trackingNumber: `GHN${stallOrderId.slice(0, 8).toUpperCase()}` } : {};
  return call<{ stallOrder: StallOrder }>(`/seller/orders/${stallOrderId}/${step}`, { method: "POST", token, body });
}

export const receive = (call: Call, token: string, code: string) =>
  call(`/orders/${code}/receive`, { method: "POST", token, body: {} });

export const review = (call: Call, token: string, productId: string, body: CreateReviewRequest) =>
  call(`/products/${productId}/reviews`, { method: "POST", token, body });
