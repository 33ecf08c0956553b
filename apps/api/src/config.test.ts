import { ConfigError, loadConfig } from "./config";

const BANK = {
  VIETQR_BANK_BIN: "970415",
  VIETQR_ACCOUNT_NO: "113366668888",
  VIETQR_ACCOUNT_NAME: "HTX CHO PHIEN",
  BANK_WEBHOOK_SECRET: "b".repeat(32),
} as const;

describe("loadConfig", () => {
  it("serves the local demo with defaults", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ env: "development", port: 3000, databaseUrl: undefined, commissionRateBps: 500, corsOrigins: [] });
    expect(c.dataDir).toMatch(/var$/);
  });

  it("says whose carrier collects cash on delivery: the stall's unless told", () => {
    expect(loadConfig({}).codRemittedBy).toBe("stall");
    expect(loadConfig({ COD_REMITTED_BY: "platform" }).codRemittedBy).toBe("platform");
    expect(() => loadConfig({ COD_REMITTED_BY: "carrier" })).toThrow(/COD_REMITTED_BY/);
  });

  it("bounds image work: two decodes at once, 15 s in the queue, 40 megapixels, 120 uploads an hour unless told", () => {
    expect(loadConfig({}).images).toEqual({ concurrency: 2, queueTimeoutMs: 15_000, maxPixels: 40_000_000, uploadsPerHour: 120 });
    expect(loadConfig({ IMAGE_CONCURRENCY: "4", UPLOADS_PER_HOUR: "10" }).images).toMatchObject({
      concurrency: 4,
      uploadsPerHour: 10,
    });
    expect(() => loadConfig({ IMAGE_CONCURRENCY: "0", IMAGE_MAX_PIXELS: "500000000" })).toThrow(
      /IMAGE_CONCURRENCY[\s\S]*IMAGE_MAX_PIXELS/,
    );
  });

  it("redirects other host names to a PUBLIC_URL that was set, only loopback aliases to the default one", () => {
    expect(loadConfig({}).canonicalRedirect).toBe("loopback");
    expect(loadConfig({ PUBLIC_URL: "https://cho.example.vn" }).canonicalRedirect).toBe("all");
    expect(loadConfig({ NODE_ENV: "test" }).canonicalRedirect).toBe("off");
    expect(loadConfig({ PUBLIC_URL: "https://cho.example.vn", CANONICAL_REDIRECT: "off" }).canonicalRedirect).toBe("off");
  });

  it("lists every bad variable at once", () => {
    let err: unknown;
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", COMMISSION_RATE_BPS: "-1", LOG_LEVEL: "loud" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join("\n");
    for (const name of ["PORT", "DATABASE_URL", "COMMISSION_RATE_BPS", "LOG_LEVEL"]) expect(problems).toContain(name);
  });

  it("refuses to start in production without a strong JWT_SECRET", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET: required/);
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: "short" })).toThrow(/JWT_SECRET: too weak/);
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: "chophien-dev-secret-not-for-production" })).toThrow(
      /too weak/,
    );
    expect(
      loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(12) + "a-really-long-random-secret", VNPAY_SANDBOX: "true" })
        .env,
    ).toBe("production");
  });

  it("refuses production without VNPay credentials unless the sandbox is asked for", () => {
    const secret = "x".repeat(40);
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: secret })).toThrow(
      /VNPAY_TMN_CODE\/VNPAY_HASH_SECRET: required in production/,
    );
    const real = loadConfig({
      NODE_ENV: "production",
      JWT_SECRET: secret,
      VNPAY_TMN_CODE: "ABCD1234",
      VNPAY_HASH_SECRET: "s",
      ...BANK,
    });
    expect(real.vnpay?.tmnCode).toBe("ABCD1234");
  });

  it("refuses real production without the market's bank account and webhook secret, and keeps them", () => {
    const base = { NODE_ENV: "production", JWT_SECRET: "x".repeat(40), VNPAY_TMN_CODE: "ABCD1234", VNPAY_HASH_SECRET: "s" };
    expect(() => loadConfig(base)).toThrow(/VIETQR_BANK_BIN: required in production/);
    expect(() => loadConfig({ ...base, ...BANK, BANK_WEBHOOK_SECRET: undefined })).toThrow(/BANK_WEBHOOK_SECRET: required/);
    expect(() => loadConfig({ ...base, ...BANK, VIETQR_BANK_BIN: "9704" })).toThrow(/VIETQR_BANK_BIN/);
    expect(loadConfig({ ...base, ...BANK }).bankTransfer).toEqual({
      bankBin: "970415",
      accountNo: "113366668888",
      accountName: "HTX CHO PHIEN",
      webhookSecret: BANK.BANK_WEBHOOK_SECRET,
      demo: false,
    });
    // Development gets a demo account so a newcomer can try a transfer in the bank sandbox.
    expect(loadConfig({}).bankTransfer).toMatchObject({ bankBin: "970436", demo: true });
  });

  it("needs credentials in pairs and parses lists", () => {
    expect(() => loadConfig({ ADMIN_EMAIL: "a@b.vn" })).toThrow(/ADMIN_EMAIL\/ADMIN_PASSWORD/);
    expect(() => loadConfig({ VNPAY_TMN_CODE: "ABCD1234" })).toThrow(/VNPAY_TMN_CODE\/VNPAY_HASH_SECRET/);
    const c = loadConfig({
      CORS_ORIGINS: "https://a.vn, https://b.vn",
      ADMIN_EMAIL: "Admin@X.vn",
      ADMIN_PASSWORD: "12345678",
      TRUST_PROXY: "1",
    });
    expect(c.corsOrigins).toEqual(["https://a.vn", "https://b.vn"]);
    expect(c.admin).toEqual({ email: "admin@x.vn", password: "12345678" });
    expect(c.trustProxy).toBe(1);
  });
});

describe("SMS provider", () => {
  it("is the outbox unless the HTTP gateway is asked for, with its URL, token and brandname", () => {
    expect(loadConfig({}).sms).toEqual({ provider: "outbox" });
    expect(() => loadConfig({ SMS_PROVIDER: "http" })).toThrow(/SMS_HTTP_URL/);
    expect(
      loadConfig({
        SMS_PROVIDER: "http",
        SMS_HTTP_URL: "https://sms.example.vn/send",
        SMS_HTTP_TOKEN: "t",
        SMS_SENDER: "CHOPHIEN",
      }).sms,
    ).toEqual({ provider: "http", url: "https://sms.example.vn/send", token: "t", sender: "CHOPHIEN" });
  });
});
