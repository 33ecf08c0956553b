import { VNPay } from "@chophien/vnpay";
import { createSandbox, type IpnRetryOptions, type Sandbox } from "@chophien/vnpay/sandbox";
import type { Config } from "../../config";
import type { Clock } from "../../lib/clock";

/** Sandbox terminal used when no VNPay credentials are configured (the local demo and tests). */
export const SANDBOX_TERMINAL = { tmnCode: "CHOPHIEN", hashSecret: "chophien-local-sandbox-secret" } as const;
export const SANDBOX_MOUNT = "/vnpay-sandbox";
export const IPN_PATH = "/api/payments/vnpay/ipn";
export const RETURN_PATH = "/api/payments/vnpay/return";

/** The VNPay client the payments module talks to, and the local sandbox when it stands in for VNPay. */
export interface VnpayGateway {
  vnpay: VNPay;
  /** Mounted at /vnpay-sandbox when no credentials are configured. */
  sandbox: Sandbox | undefined;
  returnUrl: string;
  close(): void;
}

/**
 * Real VNPay when `VNPAY_TMN_CODE`/`VNPAY_HASH_SECRET` are set (gateway URLs from config, defaulting to
 * VNPay's sandbox hosts); otherwise our byte-faithful local sandbox on this server, so a newcomer can pay.
 */
export function createVnpayGateway(
  config: Config,
  opts: { clock?: Clock; ipnRetry?: IpnRetryOptions; fetch?: typeof fetch } = {},
): VnpayGateway {
  const base = config.publicUrl;
  const clock = opts.clock ? () => opts.clock!.now() : undefined;
  if (config.vnpay) {
    const vnpay = new VNPay({
      tmnCode: config.vnpay.tmnCode,
      hashSecret: config.vnpay.hashSecret,
      paymentUrl: config.vnpay.paymentUrl ?? "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
      apiUrl: config.vnpay.apiUrl ?? "https://sandbox.vnpayment.vn/merchant_webapi/api/transaction",
      ...(clock ? { clock } : {}),
    });
    return { vnpay, sandbox: undefined, returnUrl: base + RETURN_PATH, close: () => {} };
  }
  const sandbox = createSandbox({
    merchants: [{ ...SANDBOX_TERMINAL, ipnUrl: base + IPN_PATH }],
    basePath: SANDBOX_MOUNT,
    ...(clock ? { clock } : {}),
    ...(opts.ipnRetry ? { ipnRetry: opts.ipnRetry } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  const vnpay = new VNPay({
    ...SANDBOX_TERMINAL,
    paymentUrl: sandbox.urls.paymentUrl(base),
    apiUrl: sandbox.urls.apiUrl(base),
    ...(clock ? { clock } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  return { vnpay, sandbox, returnUrl: base + RETURN_PATH, close: () => sandbox.close() };
}
