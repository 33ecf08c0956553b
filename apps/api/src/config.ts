import type { CanonicalRedirect } from "./http/canonical-origin";
import path from "node:path";
import { z } from "zod";
import { LIMITS } from "@chophien/contracts";

/** Secrets this short or this well known are refused in production. */
const WEAK_SECRETS = new Set(["secret", "changeme", "change-me", "dev-secret", "chophien-dev-secret-not-for-production"]);
const DEV_JWT_SECRET = "chophien-dev-secret-not-for-production";

const csv = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? "")
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  );

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  DATABASE_REPLICA_URLS: csv.refine(
    (urls) => urls.every((u) => /^postgres(ql)?:\/\//.test(u)),
    "must be postgres:// URLs, comma-separated",
  ),
  DATA_DIR: z.string().optional(),
  PUBLIC_URL: z.url().optional(),
  CANONICAL_REDIRECT: z.enum(["all", "loopback", "off"]).optional(),
  JWT_SECRET: z.string().min(1).optional(),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(8).max(128).optional(),
  CORS_ORIGINS: csv,
  TRUST_PROXY: z.string().optional(),
  VNPAY_TMN_CODE: z
    .string()
    .regex(/^[A-Z0-9]{8}$/, "must be 8 letters or digits")
    .optional(),
  VNPAY_HASH_SECRET: z.string().min(1).optional(),
  VNPAY_PAYMENT_URL: z.url().optional(),
  VNPAY_API_URL: z.url().optional(),
  VNPAY_SANDBOX: z.enum(["true", "false", "1", "0"]).optional(),
  VIETQR_BANK_BIN: z
    .string()
    .regex(/^\d{6}$/, "must be the bank's 6-digit NAPAS BIN")
    .optional(),
  VIETQR_ACCOUNT_NO: z
    .string()
    .regex(/^[0-9A-Za-z]{1,19}$/, "must be 1–19 letters or digits")
    .optional(),
  VIETQR_ACCOUNT_NAME: z.string().min(1).max(50).optional(),
  BANK_WEBHOOK_SECRET: z.string().min(16).optional(),
  SMS_PROVIDER: z.enum(["outbox", "http"]).default("outbox"),
  SMS_HTTP_URL: z.url().optional(),
  SMS_HTTP_TOKEN: z.string().min(1).optional(),
  SMS_SENDER: z.string().min(1).max(11).optional(),
  STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false", "1", "0"]).optional(),
  S3_PUBLIC_URL: z.url().optional(),
  SMTP_URL: z.string().optional(),
  COMMISSION_RATE_BPS: z.coerce.number().int().min(0).max(10000).default(500),
  COD_REMITTED_BY: z.enum(["stall", "platform"]).default("stall"),
  COD_MAX_AMOUNT: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).default(LIMITS.codMaxAmount),
  DEMAND_OFFERS_PER_DAY: z.coerce.number().int().min(1).max(10_000).default(20),
  CATALOG_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).optional(),
  SEED_SCALE: z.coerce.number().min(0).max(1000).default(1),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  IMAGE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  IMAGE_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  IMAGE_MAX_PIXELS: z.coerce.number().int().min(1_000_000).max(200_000_000).default(40_000_000),
  UPLOADS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(120),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

/** The demo bank account and webhook secret used outside production when none are configured. */
export const DEMO_BANK = {
  bankBin: "970436",
  accountNo: "0011009999999",
  accountName: "CHO PHIEN DEMO",
  webhookSecret: "chophien-local-bank-webhook-secret",
} as const;

/** The whole runtime configuration, parsed once at boot. */
export interface Config {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  /** A real PostgreSQL server; absent means the embedded PGlite database under `dataDir`. */
  databaseUrl: string | undefined;
  /** Streaming replicas for the public catalogue's reads (empty: everything reads from `databaseUrl`). */
  databaseReplicaUrls: string[];
  dataDir: string;
  publicUrl: string;
  /** Requests for another host name are redirected to `publicUrl` (see `http/canonical-origin.ts`). */
  canonicalRedirect: CanonicalRedirect;
  jwtSecret: string;
  admin: { email: string; password: string } | undefined;
  corsOrigins: string[];
  /** Express `trust proxy` value, e.g. `1` behind one nginx hop. */
  trustProxy: boolean | number | string;
  vnpay: { tmnCode: string; hashSecret: string; paymentUrl: string | undefined; apiUrl: string | undefined } | undefined;
  /**
   * Bank transfers by VietQR: the market's account (demo values outside production) and the secret the bank
   * notification service signs its webhooks with.
   */
  bankTransfer: { bankBin: string; accountNo: string; accountName: string; webhookSecret: string; demo: boolean };
  /** Text messages: the development outbox under `DATA_DIR/sms`, or an HTTP SMS gateway. */
  sms: { provider: "outbox" } | { provider: "http"; url: string; token: string; sender: string };
  /** Where images live: `local` (a folder under DATA_DIR, or one shared by every process) or an S3-compatible bucket. */
  storage:
    | { driver: "local" }
    | {
        driver: "s3";
        endpoint: string | undefined;
        region: string;
        bucket: string;
        accessKeyId: string | undefined;
        secretAccessKey: string | undefined;
        /** `bucket` in the path (MinIO, Ceph, s3rver) rather than in the host name. */
        forcePathStyle: boolean;
        /** When set, `/media/<name>` redirects to `<publicUrl>/<name>` instead of streaming from the bucket. */
        publicUrl: string | undefined;
      };
  smtpUrl: string | undefined;
  /** Platform commission in basis points (500 = 5 %). */
  commissionRateBps: number;
  /**
   * Whose carrier collects cash on delivery: `stall` (its own; the market never holds that cash, the stall owes
   * the commission) or `platform` (the market's carrier remits it; COD sales book like online ones).
   */
  codRemittedBy: "stall" | "platform";
  /** Largest cash-on-delivery order, in đồng (a carrier's cash limit). */
  codMaxAmount: number;
  /** New offers one stall may make on the demand board per GMT+7 day (against spam). */
  demandOffersPerDay: number;
  /** How long anonymous catalog answers may be served from memory (0 = never; 5 s in production). */
  catalogCacheSeconds: number;
  /** Size of the demo market seeded into an empty database outside production (1 ≈ 300 stalls; 0 = none). */
  seedScale: number;
  database: {
    /** A statement running longer is cancelled by PostgreSQL (0 = no limit; not applied to the embedded database). */
    statementTimeoutMs: number;
    /** How long a request waits for a pooled connection (or a new one to connect) before it gives up with 503. */
    poolTimeoutMs: number;
  };
  /** Node HTTP server limits: a client must send its headers, and its whole request, within these; idle keep-alive. */
  http: { headersTimeoutMs: number; requestTimeoutMs: number; keepAliveTimeoutMs: number };
  /**
   * Image work per process: at most `concurrency` decodes at once, the rest queue for `queueTimeoutMs` then 503;
   * `maxPixels` (width × height) per image; `uploadsPerHour` per user, shared by every process.
   */
  images: { concurrency: number; queueTimeoutMs: number; maxPixels: number; uploadsPerHour: number };
  logLevel: string;
}

/** Raised when the environment is unusable; lists every bad variable at once. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment (the only reader of `process.env` in the app). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`FOO=` in compose or a .env file) means "not set".
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  const problems: string[] = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  if (!parsed.success) throw new ConfigError(problems);
  const e = parsed.data;
  const production = e.NODE_ENV === "production";

  if (production) {
    if (!e.JWT_SECRET) problems.push("JWT_SECRET: required in production");
    else if (e.JWT_SECRET.length < 32 || WEAK_SECRETS.has(e.JWT_SECRET))
      problems.push("JWT_SECRET: too weak for production (use at least 32 random characters)");
  }
  if (e.DATABASE_REPLICA_URLS.length && !e.DATABASE_URL)
    problems.push("DATABASE_REPLICA_URLS: replicas need DATABASE_URL (the embedded database has none)");
  if (Boolean(e.ADMIN_EMAIL) !== Boolean(e.ADMIN_PASSWORD)) problems.push("ADMIN_EMAIL/ADMIN_PASSWORD: set both or neither");
  if (production && !e.VNPAY_TMN_CODE && !["true", "1"].includes(e.VNPAY_SANDBOX ?? ""))
    problems.push(
      "VNPAY_TMN_CODE/VNPAY_HASH_SECRET: required in production (or VNPAY_SANDBOX=true for a staging copy that takes no real money)",
    );
  if (Boolean(e.VNPAY_TMN_CODE) !== Boolean(e.VNPAY_HASH_SECRET))
    problems.push("VNPAY_TMN_CODE/VNPAY_HASH_SECRET: set both or neither");
  // A staging copy (VNPAY_SANDBOX=true) takes no real money: the demo account and secret serve it too.
  if (production && !["true", "1"].includes(e.VNPAY_SANDBOX ?? ""))
    for (const k of ["VIETQR_BANK_BIN", "VIETQR_ACCOUNT_NO", "VIETQR_ACCOUNT_NAME", "BANK_WEBHOOK_SECRET"] as const)
      if (!e[k]) problems.push(`${k}: required in production (bank transfers by VietQR)`);
  if (e.SMS_PROVIDER === "http" && (!e.SMS_HTTP_URL || !e.SMS_HTTP_TOKEN || !e.SMS_SENDER))
    problems.push("SMS_HTTP_URL/SMS_HTTP_TOKEN/SMS_SENDER: required with SMS_PROVIDER=http");
  if (e.STORAGE_DRIVER === "s3") {
    if (!e.S3_BUCKET) problems.push("S3_BUCKET: required with STORAGE_DRIVER=s3");
    if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY))
      problems.push("S3_ACCESS_KEY_ID/S3_SECRET_ACCESS_KEY: set both or neither");
  }
  if (e.HTTP_HEADERS_TIMEOUT_MS > e.HTTP_REQUEST_TIMEOUT_MS)
    problems.push("HTTP_HEADERS_TIMEOUT_MS: must not be longer than HTTP_REQUEST_TIMEOUT_MS");
  if (problems.length) throw new ConfigError(problems);

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrls: e.DATABASE_REPLICA_URLS,
    // Default: `var/` at the repository root, wherever the process was started from (npm workspaces run in apps/api).
    dataDir: e.DATA_DIR ? path.resolve(e.DATA_DIR) : path.resolve(__dirname, "../../../var"),
    // A PUBLIC_URL someone set is the only origin; the default localhost one takes over 127.0.0.1 and [::1] only.
    canonicalRedirect: e.CANONICAL_REDIRECT ?? (e.NODE_ENV === "test" ? "off" : e.PUBLIC_URL ? "all" : "loopback"),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    jwtSecret: e.JWT_SECRET ?? DEV_JWT_SECRET,
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD } : undefined,
    corsOrigins: e.CORS_ORIGINS,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    vnpay:
      e.VNPAY_TMN_CODE && e.VNPAY_HASH_SECRET
        ? { tmnCode: e.VNPAY_TMN_CODE, hashSecret: e.VNPAY_HASH_SECRET, paymentUrl: e.VNPAY_PAYMENT_URL, apiUrl: e.VNPAY_API_URL }
        : undefined,
    bankTransfer: {
      bankBin: e.VIETQR_BANK_BIN ?? DEMO_BANK.bankBin,
      accountNo: e.VIETQR_ACCOUNT_NO ?? DEMO_BANK.accountNo,
      accountName: e.VIETQR_ACCOUNT_NAME ?? DEMO_BANK.accountName,
      webhookSecret: e.BANK_WEBHOOK_SECRET ?? DEMO_BANK.webhookSecret,
      demo: !e.BANK_WEBHOOK_SECRET,
    },
    sms:
      e.SMS_PROVIDER === "http"
        ? { provider: "http", url: e.SMS_HTTP_URL!, token: e.SMS_HTTP_TOKEN!, sender: e.SMS_SENDER! }
        : { provider: "outbox" },
    storage:
      e.STORAGE_DRIVER === "s3"
        ? {
            driver: "s3",
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION ?? "us-east-1",
            bucket: e.S3_BUCKET ?? "",
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: ["true", "1"].includes(e.S3_FORCE_PATH_STYLE ?? ""),
            publicUrl: e.S3_PUBLIC_URL?.replace(/\/$/, ""),
          }
        : { driver: "local" },
    smtpUrl: e.SMTP_URL,
    commissionRateBps: e.COMMISSION_RATE_BPS,
    codRemittedBy: e.COD_REMITTED_BY,
    codMaxAmount: e.COD_MAX_AMOUNT,
    demandOffersPerDay: e.DEMAND_OFFERS_PER_DAY,
    catalogCacheSeconds: e.CATALOG_CACHE_SECONDS ?? (production ? 5 : 0),
    seedScale: e.SEED_SCALE,
    database: { statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS, poolTimeoutMs: e.DATABASE_POOL_TIMEOUT_MS },
    http: {
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    },
    images: {
      concurrency: e.IMAGE_CONCURRENCY,
      queueTimeoutMs: e.IMAGE_QUEUE_TIMEOUT_MS,
      maxPixels: e.IMAGE_MAX_PIXELS,
      uploadsPerHour: e.UPLOADS_PER_HOUR,
    },
    logLevel: e.LOG_LEVEL,
  };
}

function parseTrustProxy(v: string | undefined): boolean | number | string {
  if (v === undefined || v === "" || v === "false") return false;
  if (v === "true") return true;
  return /^\d+$/.test(v) ? Number(v) : v;
}

/** For command-line entry points: the configuration, or a readable list of what is wrong and exit code 1. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}
