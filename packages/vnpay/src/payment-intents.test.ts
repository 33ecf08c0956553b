import { VNPayInvalidRequestError } from "./errors";
import { verifyParams } from "./signing";
import { HASH_SECRET, makeClient, NOW, TMN_CODE } from "./test/fixtures";
import type { PaymentIntentCreateParams } from "./types";

const params = (overrides: Partial<PaymentIntentCreateParams> = {}): PaymentIntentCreateParams => ({
  amount: 120_000,
  orderInfo: "Thanh toán đơn hàng #42",
  returnUrl: "https://chophien.test/checkout/return?order=42",
  ipAddr: "203.0.113.7",
  locale: "vn",
  txnRef: "ORDER42",
  ...overrides,
});

describe("paymentIntents.create", () => {
  it("builds a signed pay URL with every field of the spec, amount ×100 only on the wire", async () => {
    const intent = await makeClient().paymentIntents.create(params({ bankCode: "NCB" }));
    expect(intent).toMatchObject({
      id: "ORDER42",
      object: "payment_intent",
      status: "requires_action",
      amount: 120_000,
      currency: "VND",
      orderInfo: "Thanh toan don hang #42",
      createDate: "20240521090000",
      nextAction: { type: "redirect_to_url" },
    });
    expect(intent.expiresAt.toISOString()).toBe("2024-05-21T02:15:00.000Z");
    const url = new URL(intent.nextAction.redirectToUrl.url);
    expect(`${url.origin}${url.pathname}`).toBe("https://sandbox.vnpayment.test/paymentv2/vpcpay.html");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      vnp_Amount: "12000000",
      vnp_BankCode: "NCB",
      vnp_Command: "pay",
      vnp_CreateDate: "20240521090000",
      vnp_CurrCode: "VND",
      vnp_ExpireDate: "20240521091500",
      vnp_IpAddr: "203.0.113.7",
      vnp_Locale: "vn",
      vnp_OrderInfo: "Thanh toan don hang #42",
      vnp_OrderType: "other",
      vnp_ReturnUrl: "https://chophien.test/checkout/return?order=42",
      vnp_TmnCode: TMN_CODE,
      vnp_TxnRef: "ORDER42",
      vnp_Version: "2.1.0",
      vnp_SecureHash: expect.stringMatching(/^[0-9a-f]{128}$/),
    });
    expect(verifyParams(Object.fromEntries(url.searchParams), HASH_SECRET)).toBe(true);
  });

  it("sends the query exactly as signed: sorted, form-encoded, hash last", async () => {
    const intent = await makeClient().paymentIntents.create(params());
    const query = intent.nextAction.redirectToUrl.url.split("?")[1] ?? "";
    const keys = query.split("&").map((pair) => pair.split("=")[0]);
    expect(keys.at(-1)).toBe("vnp_SecureHash");
    expect(keys.slice(0, -1)).toEqual([...keys.slice(0, -1)].sort());
    expect(query).toContain("vnp_OrderInfo=Thanh+toan+don+hang+%2342");
    expect(query).toContain("vnp_ReturnUrl=https%3A%2F%2Fchophien.test%2Fcheckout%2Freturn%3Forder%3D42");
  });

  it("omits vnp_BankCode when not given, honours expiresInMinutes and orderType", async () => {
    const intent = await makeClient().paymentIntents.create(params({ expiresInMinutes: 30, orderType: "250000", locale: "en" }));
    const search = new URL(intent.nextAction.redirectToUrl.url).searchParams;
    expect(search.has("vnp_BankCode")).toBe(false);
    expect(search.get("vnp_ExpireDate")).toBe("20240521093000");
    expect(search.get("vnp_OrderType")).toBe("250000");
    expect(search.get("vnp_Locale")).toBe("en");
  });

  it("generates a unique alphanumeric TxnRef when none is given", async () => {
    const client = makeClient();
    const [a, b] = await Promise.all([
      client.paymentIntents.create(params({ txnRef: undefined })),
      client.paymentIntents.create(params({ txnRef: undefined })),
    ]);
    expect(a.id).toMatch(/^240521090000[0-9A-Z]{8}$/);
    expect(a.id).not.toBe(b.id);
  });

  it("returns the identical, frozen intent for a reused idempotency key", async () => {
    const client = makeClient();
    const first = await client.paymentIntents.create(params({ txnRef: undefined }), { idempotencyKey: "cart-42" });
    const again = await client.paymentIntents.create(params({ txnRef: undefined }), { idempotencyKey: "cart-42" });
    expect(again).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.nextAction.redirectToUrl)).toBe(true);
    const other = await client.paymentIntents.create(params({ txnRef: undefined }), { idempotencyKey: "cart-43" });
    expect(other.id).not.toBe(first.id);
  });

  it("rejects a reused idempotency key with different params", async () => {
    const client = makeClient();
    await client.paymentIntents.create(params(), { idempotencyKey: "k" });
    await expect(client.paymentIntents.create(params({ amount: 1 }), { idempotencyKey: "k" })).rejects.toMatchObject({
      type: "invalid_request_error",
      code: "idempotency_key_in_use",
    });
  });

  it("keeps the idempotency map bounded, evicting the oldest key", async () => {
    const client = makeClient({ idempotencyCacheSize: 2 });
    const first = await client.paymentIntents.create(params({ txnRef: undefined }), { idempotencyKey: "a" });
    await client.paymentIntents.create(params({ txnRef: undefined }), { idempotencyKey: "b" });
    await client.paymentIntents.create(params({ txnRef: undefined }), { idempotencyKey: "c" });
    const replay = await client.paymentIntents.create(params({ txnRef: undefined }), { idempotencyKey: "a" });
    expect(replay).not.toBe(first);
  });

  it.each<[string, Partial<PaymentIntentCreateParams>, string]>([
    ["zero amount", { amount: 0 }, "amount"],
    ["fractional amount", { amount: 1000.5 }, "amount"],
    ["negative amount", { amount: -5 }, "amount"],
    ["amount above 12 wire digits", { amount: 10_000_000_000 }, "amount"],
    ["order info with nothing usable", { orderInfo: "!!!" }, "orderInfo"],
    ["relative return URL", { returnUrl: "/checkout/return" }, "returnUrl"],
    ["non-http return URL", { returnUrl: "javascript:alert(1)" }, "returnUrl"],
    ["bad IP", { ipAddr: "localhost" }, "ipAddr"],
    ["bad locale", { locale: "vi" as "vn" }, "locale"],
    ["TxnRef with spaces", { txnRef: "order 42" }, "txnRef"],
    ["expiry of zero minutes", { expiresInMinutes: 0 }, "expiresInMinutes"],
    ["bank code with symbols", { bankCode: "NC B" }, "bankCode"],
  ])("rejects %s", async (_name, overrides, param) => {
    const attempt = makeClient().paymentIntents.create(params(overrides));
    await expect(attempt).rejects.toBeInstanceOf(VNPayInvalidRequestError);
    await expect(attempt).rejects.toMatchObject({ param });
  });

  it("accepts Express's IPv4-mapped IPv6 addresses", async () => {
    await expect(makeClient().paymentIntents.create(params({ ipAddr: "::ffff:127.0.0.1" }))).resolves.toMatchObject({
      id: "ORDER42",
    });
  });

  it("fails fast on a bad config", () => {
    expect(() => makeClient({ hashSecret: "" })).toThrow(/hashSecret/);
    expect(() => makeClient({ apiUrl: "not a url" })).toThrow(/apiUrl/);
  });

  it("uses the injected clock for CreateDate", async () => {
    const later = new Date(NOW.getTime() + 3_600_000);
    const intent = await makeClient({ clock: () => later }).paymentIntents.create(params());
    expect(intent.createDate).toBe("20240521100000");
  });
});
