import { VNPay } from "../client";
import { VNPayError, VNPaySignatureVerificationError } from "../errors";
import { ipnResponses, type IpnResponse } from "../ipn-responses";
import { createSandbox } from "../sandbox/create-sandbox";
import type { Sandbox, SandboxOptions } from "../sandbox/types";
import type { PaymentIntent, PaymentIntentCreateParams } from "../types";
import { HASH_SECRET, TMN_CODE } from "./fixtures";
import { listen, type RunningServer } from "./servers";

/** A merchant order as the test shop keeps it. */
export interface ShopOrder {
  amount: number;
  status: "pending" | "paid" | "failed";
}

/** Sandbox + merchant IPN endpoint + SDK client, all on 127.0.0.1 ephemeral ports and one clock. */
export interface Harness {
  sandbox: Sandbox;
  vnpay: VNPay;
  sandboxUrl: string;
  orders: Map<string, ShopOrder>;
  /** Every IPN query the merchant received, in order. */
  ipnCalls: URLSearchParams[];
  /** The merchant's IPN replies, in order. */
  ipnReplies: IpnResponse[];
  /** Make the next N IPN calls answer 99 (as a broken merchant would). */
  failNextIpns(count: number): void;
  /** Creates an intent and the matching shop order. */
  createIntent(overrides?: Partial<PaymentIntentCreateParams>): Promise<PaymentIntent>;
  advanceClock(ms: number): void;
  close(): Promise<void>;
}

export const BASE_PATH = "/vnpay-sandbox";
export const HARNESS_START = new Date("2024-05-21T02:00:00.000Z");

/** The IPN handler the spec prescribes, written against our SDK: 97, 01, 04, 02, then 00 (99 on surprises). */
function handleIpn(vnpay: VNPay, orders: Map<string, ShopOrder>, query: URLSearchParams): IpnResponse {
  try {
    const event = vnpay.webhooks.constructEvent(query);
    const payment = event.data.object;
    const order = orders.get(payment.id);
    if (!order) return ipnResponses.orderNotFound();
    if (order.amount !== payment.amount) return ipnResponses.invalidAmount();
    if (order.status !== "pending") return ipnResponses.alreadyConfirmed();
    order.status = event.type === "payment_intent.succeeded" ? "paid" : "failed";
    return ipnResponses.success();
  } catch (error) {
    if (error instanceof VNPaySignatureVerificationError) return ipnResponses.invalidSignature();
    if (error instanceof VNPayError) return ipnResponses.unknownError();
    throw error;
  }
}

/** Starts everything; `options` tweak the sandbox (retry policy, merchants). */
export async function startHarness(options: Partial<SandboxOptions> = {}): Promise<Harness> {
  let now = HARNESS_START;
  const clock = (): Date => now;
  const orders = new Map<string, ShopOrder>();
  const ipnCalls: URLSearchParams[] = [];
  const ipnReplies: IpnResponse[] = [];
  let failing = 0;
  // Filled once the client exists; the merchant server must be listening before that.
  const merchantSide: { vnpay?: VNPay } = {};

  const merchant: RunningServer = await listen((req, res) => {
    const query = new URL(req.url ?? "/", "http://merchant.test").searchParams;
    ipnCalls.push(query);
    let reply: IpnResponse = ipnResponses.unknownError();
    if (failing > 0) failing -= 1;
    else if (merchantSide.vnpay) reply = handleIpn(merchantSide.vnpay, orders, query);
    ipnReplies.push(reply);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply));
  });

  const sandbox = createSandbox({
    merchants: [{ tmnCode: TMN_CODE, hashSecret: HASH_SECRET, ipnUrl: `${merchant.url}/api/payments/vnpay/ipn?source=vnpay` }],
    basePath: BASE_PATH,
    clock,
    ipnRetry: { maxAttempts: 10, intervalMs: 5 },
    ...options,
  });
  const server = await listen((req, res) => sandbox.handler(req, res));
  const client = new VNPay({
    tmnCode: TMN_CODE,
    hashSecret: HASH_SECRET,
    paymentUrl: sandbox.urls.paymentUrl(server.url),
    apiUrl: sandbox.urls.apiUrl(server.url),
    clock,
  });
  merchantSide.vnpay = client;

  return {
    sandbox,
    vnpay: client,
    sandboxUrl: server.url,
    orders,
    ipnCalls,
    ipnReplies,
    failNextIpns: (count) => {
      failing = count;
    },
    async createIntent(overrides = {}) {
      const intent = await client.paymentIntents.create({
        amount: 120_000,
        orderInfo: "Thanh toán đơn hàng Chợ Phiên",
        returnUrl: "https://chophien.test/checkout/return?order=42",
        ipAddr: "203.0.113.7",
        locale: "vn",
        ...overrides,
      });
      orders.set(intent.id, { amount: intent.amount, status: "pending" });
      return intent;
    },
    advanceClock: (ms) => {
      now = new Date(now.getTime() + ms);
    },
    async close() {
      sandbox.close();
      await Promise.all([server.close(), merchant.close()]);
    },
  };
}
