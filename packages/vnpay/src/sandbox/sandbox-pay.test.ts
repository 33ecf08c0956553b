import { signParams } from "../signing";
import { HASH_SECRET, TMN_CODE } from "../test/fixtures";
import { BASE_PATH, type Harness, startHarness } from "../test/harness";
import { createSandbox } from "./create-sandbox";
import { SandboxPayError } from "./error-codes";

describe("sandbox: pay driver and IPN", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it("success: signed IPN reaches the merchant once, the return URL verifies and keeps its own query", async () => {
    const intent = await h.createIntent();
    const { returnUrl, ipnDelivered } = h.sandbox.pay(intent.nextAction.redirectToUrl.url, { outcome: "success" });

    const delivery = await ipnDelivered;
    expect(delivery).toMatchObject({ delivered: true, attempts: 1, lastResponse: { statusCode: 200, rspCode: "00" } });
    expect(h.orders.get(intent.id)?.status).toBe("paid");
    const ipn = h.ipnCalls[0];
    expect(ipn?.get("source")).toBe("vnpay");
    expect(ipn && h.vnpay.webhooks.constructEvent(ipn).type).toBe("payment_intent.succeeded");

    const url = new URL(returnUrl);
    expect(`${url.origin}${url.pathname}`).toBe("https://chophien.test/checkout/return");
    expect(returnUrl.startsWith("https://chophien.test/checkout/return?order=42&vnp_Amount=12000000&")).toBe(true);
    const result = h.vnpay.returns.verify(url.searchParams);
    expect(result.paymentIntent).toMatchObject({
      id: intent.id,
      amount: 120_000,
      status: "succeeded",
      bankCode: "NCB",
      cardType: "ATM",
      payDate: "20240521090000",
      transactionStatus: "00",
      orderInfo: "Thanh toan don hang Cho Phien",
    });
    expect(result.paymentIntent.transactionNo).toMatch(/^\d{8}$/);
    expect(result.paymentIntent.bankTranNo).toBe(`VNP${result.paymentIntent.transactionNo}`);
    expect(h.sandbox.getTransaction(TMN_CODE, intent.id)).toMatchObject({
      status: "succeeded",
      amount: 120_000,
      createDate: intent.createDate,
    });
  });

  it.each([
    ["cancel", "24", "payment_intent.canceled", "canceled"],
    ["insufficient_funds", "51", "payment_intent.payment_failed", "failed"],
    ["timeout", "11", "payment_intent.canceled", "canceled"],
  ] as const)("%s → ResponseCode %s, %s, TransactionNo 0 and no BankTranNo", async (outcome, code, type, status) => {
    const intent = await h.createIntent();
    const { returnUrl, ipnDelivered } = h.sandbox.pay(intent.nextAction.redirectToUrl.url, { outcome });
    await expect(ipnDelivered).resolves.toMatchObject({ delivered: true });
    const event = h.vnpay.returns.verify(new URL(returnUrl).searchParams).event;
    expect(event.type).toBe(type);
    expect(event.data.object).toMatchObject({
      responseCode: code,
      transactionStatus: "02",
      transactionNo: "0",
      bankTranNo: undefined,
      status,
    });
    expect(h.orders.get(intent.id)?.status).toBe("failed");
  });

  it("retries the IPN until the merchant answers 00", async () => {
    const intent = await h.createIntent();
    h.failNextIpns(3);
    const delivery = await h.sandbox.pay(intent.nextAction.redirectToUrl.url, { outcome: "success" }).ipnDelivered;
    expect(delivery).toMatchObject({ delivered: true, attempts: 4, lastResponse: { rspCode: "00" } });
    expect(h.ipnReplies.map((r) => r.RspCode)).toEqual(["99", "99", "99", "00"]);
    // Each retry carries the identical signed query.
    expect(new Set(h.ipnCalls.map((q) => q.toString())).size).toBe(1);
  });

  it("stops after maxAttempts, and treats 02 (already confirmed) as delivered", async () => {
    await h.close();
    h = await startHarness({ ipnRetry: { maxAttempts: 3, intervalMs: 1 } });
    const intent = await h.createIntent();
    h.failNextIpns(3);
    await expect(h.sandbox.pay(intent.nextAction.redirectToUrl.url, { outcome: "success" }).ipnDelivered).resolves.toMatchObject({
      delivered: false,
      attempts: 3,
    });

    const second = await h.createIntent();
    h.orders.set(second.id, { amount: 120_000, status: "paid" });
    await expect(h.sandbox.pay(second.nextAction.redirectToUrl.url, { outcome: "success" }).ipnDelivered).resolves.toMatchObject({
      delivered: true,
      attempts: 1,
      lastResponse: { rspCode: "02" },
    });
  });

  it("counts a network error as a failed attempt, and close() ends pending retries", async () => {
    const sandbox = createSandbox({
      merchants: [{ tmnCode: TMN_CODE, hashSecret: HASH_SECRET, ipnUrl: "http://127.0.0.1:9/unreachable" }],
      clock: () => new Date("2024-05-21T02:00:00.000Z"),
      ipnRetry: { intervalMs: 60_000 },
    });
    const intent = await h.createIntent();
    const { ipnDelivered } = sandbox.pay(intent.nextAction.redirectToUrl.url, { outcome: "success" });
    // Let the first attempt fail, then close while the 60 s pause is pending.
    await new Promise((resolve) => setTimeout(resolve, 50));
    sandbox.close();
    const delivery = await ipnDelivered;
    expect(delivery.delivered).toBe(false);
    expect(delivery.attempts).toBe(1);
    expect(delivery.lastResponse?.error).toBeDefined();
  });

  it("refuses to pay the same TxnRef twice once finished (error 01)", async () => {
    const intent = await h.createIntent();
    await h.sandbox.pay(intent.nextAction.redirectToUrl.url, { outcome: "cancel" }).ipnDelivered;
    expect(() => h.sandbox.pay(intent.nextAction.redirectToUrl.url, { outcome: "success" })).toThrow(
      expect.objectContaining({ code: "01" }),
    );
    const response = await fetch(intent.nextAction.redirectToUrl.url, { redirect: "manual" });
    expect(response.headers.get("location")).toBe(`${BASE_PATH}/paymentv2/Payment/Error.html?code=01`);
  });

  it("rejects a tampered pay URL with a 302 to Error.html?code=70 that renders an error page", async () => {
    const intent = await h.createIntent();
    const tampered = intent.nextAction.redirectToUrl.url.replace("vnp_Amount=12000000", "vnp_Amount=100000");
    const response = await fetch(tampered, { redirect: "manual" });
    expect(response.status).toBe(302);
    const location = response.headers.get("location") ?? "";
    expect(location).toBe(`${BASE_PATH}/paymentv2/Payment/Error.html?code=70`);
    const page = await fetch(new URL(location, h.sandboxUrl));
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("Sai chữ ký");
    expect(html).toContain("Invalid signature");
    expect(() => h.sandbox.pay(tampered, { outcome: "success" })).toThrow(SandboxPayError);
    expect(h.ipnCalls).toHaveLength(0);
  });

  it("rejects an expired link with code 15, and an unknown terminal with code 72", async () => {
    const intent = await h.createIntent({ expiresInMinutes: 15 });
    h.advanceClock(15 * 60_000 + 1_000);
    const expired = await fetch(intent.nextAction.redirectToUrl.url, { redirect: "manual" });
    expect(expired.headers.get("location")).toBe(`${BASE_PATH}/paymentv2/Payment/Error.html?code=15`);
    expect(() => h.sandbox.pay(intent.nextAction.redirectToUrl.url, { outcome: "success" })).toThrow(
      expect.objectContaining({ code: "15" }),
    );

    const params = Object.fromEntries(new URL(intent.nextAction.redirectToUrl.url).searchParams);
    const foreign = signParams({ ...params, vnp_TmnCode: "UNKNOWN1" }, HASH_SECRET).query;
    const unknown = await fetch(`${h.sandbox.urls.paymentUrl(h.sandboxUrl)}?${foreign}`, { redirect: "manual" });
    expect(unknown.headers.get("location")).toBe(`${BASE_PATH}/paymentv2/Payment/Error.html?code=72`);
  });

  it("rejects a well-signed but malformed request with code 03", async () => {
    const intent = await h.createIntent();
    const params = Object.fromEntries(new URL(intent.nextAction.redirectToUrl.url).searchParams);
    const malformed = signParams({ ...params, vnp_CurrCode: "USD" }, HASH_SECRET).query;
    const response = await fetch(`${h.sandbox.urls.paymentUrl(h.sandboxUrl)}?${malformed}`, { redirect: "manual" });
    expect(response.headers.get("location")).toBe(`${BASE_PATH}/paymentv2/Payment/Error.html?code=03`);
  });
});
