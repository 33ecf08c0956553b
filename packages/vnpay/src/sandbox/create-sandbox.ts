import { VNPayInvalidRequestError } from "../errors";
import { PAY_PATH, TRANSACTION_API_PATH } from "../constants";
import { defaultBank } from "./banks";
import { completePayment } from "./completion";
import type { SandboxContext } from "./context";
import { createHandler } from "./handler";
import { IpnDispatcher } from "./ipn-dispatcher";
import { checkPayRequest } from "./pay-request";
import { SessionStore } from "./sessions";
import { TransactionStore } from "./store";
import type { PayOutcome, Sandbox, SandboxMerchant, SandboxOptions } from "./types";

const OUTCOME_CODES: Readonly<Record<PayOutcome, string>> = {
  success: "00",
  cancel: "24",
  insufficient_funds: "51",
  timeout: "11",
};

function normalizeBasePath(basePath: string | undefined): string {
  if (basePath === undefined || basePath === "" || basePath === "/") return "";
  if (!basePath.startsWith("/"))
    throw new VNPayInvalidRequestError({ message: `basePath must start with "/" (got ${basePath})`, param: "basePath" });
  return basePath.replace(/\/+$/, "");
}

function merchantMap(merchants: readonly SandboxMerchant[]): Map<string, SandboxMerchant> {
  const map = new Map<string, SandboxMerchant>();
  for (const merchant of merchants) {
    if (!merchant.tmnCode || !merchant.hashSecret || !URL.canParse(merchant.ipnUrl)) {
      throw new VNPayInvalidRequestError({
        message: `Sandbox merchant ${merchant.tmnCode || "(no tmnCode)"} needs tmnCode, hashSecret and an absolute ipnUrl`,
        param: "merchants",
      });
    }
    if (map.has(merchant.tmnCode))
      throw new VNPayInvalidRequestError({ message: `Sandbox merchant ${merchant.tmnCode} is listed twice`, param: "merchants" });
    map.set(merchant.tmnCode, { ...merchant });
  }
  return map;
}

/**
 * A local, in-memory VNPay: pay pages, IPN calls with retries, and the querydr/refund API, all
 * signed like the real gateway. Mount `handler` with Express (`app.use("/vnpay-sandbox", handler)`)
 * or `http.createServer`, then point the SDK at `urls.paymentUrl(origin)` and `urls.apiUrl(origin)`.
 */
export function createSandbox(options: SandboxOptions): Sandbox {
  const basePath = normalizeBasePath(options.basePath);
  const retry = options.ipnRetry ?? {};
  const ctx: SandboxContext = {
    merchants: merchantMap(options.merchants),
    store: new TransactionStore(),
    sessions: new SessionStore(),
    ipn: new IpnDispatcher({
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      maxAttempts: retry.maxAttempts ?? 10,
      intervalMs: retry.intervalMs ?? 5 * 60 * 1000,
      timeoutMs: retry.timeoutMs ?? 10_000,
    }),
    now: options.clock ?? (() => new Date()),
  };
  const origin = (baseUrl: string): string => baseUrl.replace(/\/+$/, "") + basePath;

  return {
    handler: createHandler(ctx, basePath),
    urls: {
      paymentUrl: (baseUrl) => origin(baseUrl) + PAY_PATH,
      apiUrl: (baseUrl) => origin(baseUrl) + TRANSACTION_API_PATH,
    },
    pay(payUrl, { outcome, bankCode }) {
      const code = OUTCOME_CODES[outcome];
      if (!code) throw new VNPayInvalidRequestError({ message: `Unknown sandbox outcome ${String(outcome)}`, param: "outcome" });
      const { merchant, request } = checkPayRequest(new URL(payUrl).searchParams, ctx.merchants, ctx.store, ctx.now());
      return completePayment(ctx, merchant, request, code, bankCode ?? defaultBank(request.bankCode));
    },
    getTransaction(tmnCode, txnRef) {
      const transaction = ctx.store.get(tmnCode, txnRef);
      return transaction && structuredClone(transaction);
    },
    close() {
      ctx.ipn.close();
      ctx.sessions.clear();
    },
  };
}
