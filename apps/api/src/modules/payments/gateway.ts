import { VNPay } from "@chophien/vnpay";
import { createSandbox, type IpnRetryOptions, type Sandbox } from "@chophien/vnpay/sandbox";
import type { DataSource } from "typeorm";
import type { Config } from "../../config";
import type { Clock } from "../../lib/clock";
import { installationSecret } from "../../lib/installation-secret";

/**
 * Sandbox terminal used when no VNPay credentials are configured. The hash secret here serves development and
 * tests only; in production the sandbox signs with the installation's own secret (`sandboxHashSecret`).
 */
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

/** Name of the sandbox's hash secret in `installation_secret`. */
export const SANDBOX_SECRET_NAME = "vnpay_sandbox_hash_secret";

/**
 * The hash secret the local sandbox must use: in production (`VNPAY_SANDBOX=true`, a staging copy) the
 * installation's own, made once and kept in the database so every replica and restart agrees; otherwise
 * (development, tests, or real VNPay credentials) none, and the code's constant serves.
 */
export async function sandboxHashSecret(config: Config, ds: DataSource): Promise<string | undefined> {
  if (config.vnpay || config.env !== "production") return undefined;
  return installationSecret(ds, SANDBOX_SECRET_NAME);
}

/**
 * Real VNPay when `VNPAY_TMN_CODE`/`VNPAY_HASH_SECRET` are set (gateway URLs from config, defaulting to
 * VNPay's sandbox hosts); otherwise our byte-faithful local sandbox on this server, so a newcomer can pay.
 */
export function createVnpayGateway(
  config: Config,
  opts: {
    clock?: Clock;
    ipnRetry?: IpnRetryOptions;
    fetch?: typeof fetch;
    /** From `sandboxHashSecret`; required in production, where the code's constant is refused. */
    sandboxHashSecret?: string;
  } = {},
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
  if (config.env === "production" && !opts.sandboxHashSecret)
    throw new Error("The VNPay sandbox needs this installation's own hash secret in production (sandboxHashSecret)");
  const terminal = { tmnCode: SANDBOX_TERMINAL.tmnCode, hashSecret: opts.sandboxHashSecret ?? SANDBOX_TERMINAL.hashSecret };
  const returnUrl = base + RETURN_PATH;
  const sandbox = createSandbox({
    // The sandbox sends payers back only to this market's return URL: it is never an open redirect.
    merchants: [{ ...terminal, ipnUrl: base + IPN_PATH, returnUrls: [returnUrl] }],
    basePath: SANDBOX_MOUNT,
    ...(clock ? { clock } : {}),
    ...(opts.ipnRetry ? { ipnRetry: opts.ipnRetry } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  const vnpay = new VNPay({
    ...terminal,
    paymentUrl: sandbox.urls.paymentUrl(base),
    apiUrl: sandbox.urls.apiUrl(base),
    ...(clock ? { clock } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  return { vnpay, sandbox, returnUrl, close: () => sandbox.close() };
}
