import { VNPayInvalidRequestError } from "./errors";
import type { VNPayConfig } from "./types";

/** Validated configuration plus the injected clock and fetch, shared by every resource. */
export interface ClientContext {
  readonly tmnCode: string;
  readonly hashSecret: string;
  readonly paymentUrl: string;
  readonly apiUrl: string;
  readonly serverIpAddr: string;
  readonly timeoutMs: number;
  readonly idempotencyCacheSize: number;
  readonly now: () => Date;
  readonly fetch: typeof fetch;
}

function requireText(value: unknown, param: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new VNPayInvalidRequestError({ message: `VNPay config ${param} is required`, code: "config_invalid", param });
  }
  return value;
}

function requireUrl(value: unknown, param: string): string {
  const text = requireText(value, param);
  if (!URL.canParse(text) || !/^https?:$/.test(new URL(text).protocol)) {
    throw new VNPayInvalidRequestError({
      message: `VNPay config ${param} must be an absolute http(s) URL`,
      code: "config_invalid",
      param,
    });
  }
  return text;
}

function positiveInteger(value: number | undefined, fallback: number, param: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new VNPayInvalidRequestError({
      message: `VNPay config ${param} must be a positive integer`,
      code: "config_invalid",
      param,
    });
  }
  return value;
}

/** Checks the config once at construction so misconfiguration fails at boot, not at the first payment. */
export function createContext(config: VNPayConfig): ClientContext {
  return {
    tmnCode: requireText(config.tmnCode, "tmnCode"),
    hashSecret: requireText(config.hashSecret, "hashSecret"),
    paymentUrl: requireUrl(config.paymentUrl, "paymentUrl"),
    apiUrl: requireUrl(config.apiUrl, "apiUrl"),
    serverIpAddr: config.serverIpAddr ?? "127.0.0.1",
    timeoutMs: positiveInteger(config.timeoutMs, 30_000, "timeoutMs"),
    idempotencyCacheSize: positiveInteger(config.idempotencyCacheSize, 1_000, "idempotencyCacheSize"),
    now: config.clock ?? (() => new Date()),
    fetch: config.fetch ?? ((input, init) => fetch(input, init)),
  };
}
