import type { IncomingMessage, ServerResponse } from "node:http";

/** A terminal the sandbox knows: its credentials and the IPN URL "registered" with VNPay. */
export interface SandboxMerchant {
  tmnCode: string;
  hashSecret: string;
  /** Called with GET and the signed result params after every finished payment. */
  ipnUrl: string;
  /**
   * The merchant's own return URLs. When given, a pay request whose `vnp_ReturnUrl` is not one of them (same
   * origin and path; its query may differ) is refused with HTTP 400, so the sandbox never sends a payer elsewhere.
   */
  returnUrls?: readonly string[];
}

/** How the sandbox retries IPN calls that are not answered with RspCode 00/02. */
export interface IpnRetryOptions {
  /** Total calls, first one included. Default 10 (VNPay's). */
  maxAttempts?: number;
  /** Pause between calls. Default 5 minutes (VNPay's); use a few ms in tests. */
  intervalMs?: number;
  /** Per-call timeout; a call that takes longer counts as failed. Default 10 000 ms. */
  timeoutMs?: number;
}

/** Options of `createSandbox`. */
export interface SandboxOptions {
  merchants: readonly SandboxMerchant[];
  /** Path the handler is served under when used with `http.createServer`, e.g. `/vnpay-sandbox`. Express mounts are detected from `req.originalUrl`. */
  basePath?: string;
  /** Source of "now" for expiry, pay dates and duplicate-request windows. */
  clock?: () => Date;
  ipnRetry?: IpnRetryOptions;
  /** fetch used for IPN calls (defaults to the global one). */
  fetch?: typeof fetch;
}

/** Outcomes the programmatic driver can produce, with their vnp_ResponseCode: 00, 24, 51, 11. */
export type PayOutcome = "success" | "cancel" | "insufficient_funds" | "timeout";

/** What the merchant's IPN endpoint last answered (or why the call failed). */
export interface IpnAttemptResult {
  statusCode?: number;
  body?: string;
  /** RspCode read from a JSON body, if any. */
  rspCode?: string;
  /** Network error or timeout. */
  error?: string;
}

/** Final state of an IPN delivery; the promise always resolves, even when the sandbox is closed. */
export interface IpnDelivery {
  /** True once the merchant answered HTTP 200 with RspCode 00 or 02. */
  delivered: boolean;
  attempts: number;
  lastResponse: IpnAttemptResult | undefined;
}

/** Result of a finished payment: where the browser is sent, and the IPN delivery in progress. */
export interface PayResult {
  /** vnp_ReturnUrl with the signed result params appended (its own query kept). */
  returnUrl: string;
  ipnDelivered: Promise<IpnDelivery>;
}

/** One refund the sandbox accepted. */
export interface SandboxRefund {
  requestId: string;
  /** In đồng. */
  amount: number;
  transactionType: "02" | "03";
  transactionNo: string;
  createdBy: string;
  /** `yyyyMMddHHmmss`, GMT+7. */
  createDate: string;
}

/** The sandbox's record of a pay attempt, from the moment its pay page opens. */
export interface SandboxTransaction {
  tmnCode: string;
  txnRef: string;
  /** In đồng. */
  amount: number;
  /** vnp_CreateDate of the pay request; querydr/refund must quote it as vnp_TransactionDate. */
  createDate: string;
  orderInfo: string;
  status: "pending" | "succeeded" | "failed";
  /** vnp_ResponseCode of the finished attempt. */
  responseCode: string | undefined;
  /** `01` while pending, then `00` or `02`. */
  transactionStatus: "00" | "01" | "02";
  /** `"0"` unless paid. */
  transactionNo: string;
  payDate: string | undefined;
  bankCode: string | undefined;
  cardType: "ATM" | "QRCODE" | undefined;
  refunds: SandboxRefund[];
}

/** Node/Express-compatible request handler. */
export type SandboxHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

/** A running sandbox: mount `handler`, point the SDK at `urls`, drive payments with `pay`. */
export interface Sandbox {
  handler: SandboxHandler;
  urls: {
    /** Pay page URL for an SDK `paymentUrl`, given the server origin (e.g. `http://127.0.0.1:3000`). */
    paymentUrl(baseUrl: string): string;
    /** Transaction API URL for an SDK `apiUrl`, given the server origin. */
    apiUrl(baseUrl: string): string;
  };
  /** Completes a pay URL without a browser, exactly as the HTML flow would. Throws SandboxPayError when the URL would land on the error page. */
  pay(payUrl: string, options: { outcome: PayOutcome; bankCode?: string }): PayResult;
  /** A copy of the stored transaction, for assertions. */
  getTransaction(tmnCode: string, txnRef: string): SandboxTransaction | undefined;
  /** Stops pending IPN retries and in-flight calls; their promises resolve with `delivered: false`. */
  close(): void;
}
